//! The store's questions answered through judgements: facts, a group's profile, conflicts.
//! Each takes the store's own answer when there are no judgements, so an unjudged database
//! pays nothing.

use std::collections::{HashMap, HashSet};

use allegiance_model::{EntityKind, FactType};

use super::Judged;
use crate::aggregate::{self, Conflict, ConflictKind};
use crate::profile::{GroupProfile, NameSeen};
use crate::rows::{FactFilter, FactRow};
use crate::{Result, Store};

/// Entities (as answered) `name` stands for: names judgements gave, then the store's matches
/// (exact ones, else those starting with it), each mapped to the entity it was merged into.
fn resolve(store: &impl Store, judged: &Judged, name: &str) -> Result<Vec<i64>> {
    let mut ids = judged.named(name);
    let found = store.find_entities(name)?;
    let exact: Vec<_> = found.iter().filter(|e| e.exact).collect();
    let chosen = if exact.is_empty() { found.iter().collect() } else { exact };
    for e in chosen {
        let id = judged.root(e.id);
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    Ok(ids)
}

/// `Store::facts` with judgements applied: rejected facts left out unless `all`, corrected
/// values in place, subject and object filters matching merged entities and judged names.
pub fn facts(
    store: &impl Store,
    judged: &Judged,
    filter: &FactFilter,
    all: bool,
) -> Result<Vec<FactRow>> {
    if judged.is_empty() {
        return store.facts(filter);
    }
    let wide = FactFilter { subject: None, object: None, limit: None, ..filter.clone() };
    let mut rows = judged.apply(store.facts(&wide)?, all);
    for (name, subject_side) in [(&filter.subject, true), (&filter.object, false)] {
        let Some(name) = name else { continue };
        let ids: HashSet<i64> = resolve(store, judged, name)?.into_iter().collect();
        rows.retain(|r| {
            let (this, other) = if subject_side {
                (Some(r.subject_id), r.object_id)
            } else {
                (r.object_id, Some(r.subject_id))
            };
            this.is_some_and(|i| ids.contains(&i))
                || (r.fact_type.is_symmetric() && other.is_some_and(|i| ids.contains(&i)))
        });
    }
    if let Some(limit) = filter.limit {
        rows.truncate(limit);
    }
    Ok(rows)
}

/// The group (as answered) `name` stands for: a name judgements gave, else the store's best
/// match among entities still judged to be groups, mapped to the entity it was merged into.
pub fn find_group(store: &impl Store, judged: &Judged, name: &str) -> Result<Option<i64>> {
    let is_group = |id: i64| judged.entity(id).is_some_and(|e| e.kind == EntityKind::Group);
    if let Some(id) = judged.named(name).into_iter().find(|&id| is_group(id)) {
        return Ok(Some(id));
    }
    let found = store.find_entities(name)?;
    let groups = found.iter().filter(|e| is_group(judged.root(e.id)));
    let mut best = None;
    for e in groups {
        if e.exact {
            return Ok(Some(judged.root(e.id)));
        }
        best = best.or(Some(judged.root(e.id)));
    }
    Ok(best)
}

/// Facts in the order the store gives them: by their time, else their article's date.
fn time_order(rows: &mut [FactRow]) {
    let when = |r: &FactRow| {
        r.when
            .as_ref()
            .and_then(|w| w.start.or(w.end))
            .map(|d| d.to_string())
            .or_else(|| r.published.clone())
    };
    rows.sort_by_key(|r| (when(r), r.id));
}

/// `Store::group_profile` with judgements applied: the facts of every entity merged into the
/// group (and of the one a split-off part came from) read together, judged, and sorted into the
/// profile's lists again; series and conflicts recomputed from them. With a `limit`, each list
/// then keeps its latest `limit` facts (as [`Store::group_profile_latest`]).
pub fn group_profile(
    store: &impl Store,
    judged: &Judged,
    name: &str,
    all: bool,
    limit: Option<usize>,
) -> Result<Option<GroupProfile>> {
    if judged.is_empty() {
        return store.group_profile_latest(name, limit);
    }
    let Some(id) = find_group(store, judged, name)? else { return Ok(None) };
    let Some(entity) = judged.entity(id) else { return Ok(None) };
    let mut base: Option<GroupProfile> = None;
    let mut facts: Vec<FactRow> = Vec::new();
    let mut names: Vec<NameSeen> = Vec::new();
    for member in judged.members(id) {
        let Some(stored) = judged.catalogue.entities.get(&member) else { continue };
        let Some(p) = store.group_profile(&stored.key)? else { continue };
        if p.id != member {
            continue;
        }
        facts.extend(profile_facts(&p));
        if member == id || id < 0 {
            names.splice(0..0, p.names.iter().cloned());
        } else {
            names.extend(p.names.iter().cloned());
        }
        if base.is_none() || member == id {
            base = Some(p);
        }
    }
    let Some(mut profile) = base else { return Ok(None) };
    let mut seen = HashSet::new();
    facts.retain(|f| seen.insert(f.id));
    let mut facts = judged.apply(facts, all);
    time_order(&mut facts);
    if id < 0 {
        names = vec![NameSeen { name: entity.name.clone(), count: 0, former: false }];
    }
    for alias in &entity.aliases {
        names.push(NameSeen { name: alias.clone(), count: 0, former: false });
    }
    let mut merged_names: Vec<NameSeen> = Vec::new();
    for n in names {
        match merged_names.iter_mut().find(|m| m.name == n.name && m.former == n.former) {
            Some(m) => m.count += n.count,
            None => merged_names.push(n),
        }
    }
    profile.id = id;
    profile.name = entity.name;
    profile.kind = entity.kind;
    profile.kb = entity.kb;
    profile.names = merged_names;
    sort_into(&mut profile, &facts, id);
    let clusters = judged.catalogue.clusters();
    let aggregated: Vec<FactRow> =
        profile.strength.iter().chain(&profile.areas).chain(&profile.leaders).cloned().collect();
    profile.strength_series = aggregate::strength_series(&profile.strength, &clusters);
    profile.conflicts = aggregate::conflicts(
        &aggregated
            .into_iter()
            .filter(|f| f.review.as_ref().is_none_or(|r| !r.rejected()))
            .collect::<Vec<_>>(),
        &clusters,
        &[],
    );
    if id < 0 {
        profile.look_alikes.clear();
    }
    profile.keep_latest(limit);
    Ok(Some(profile))
}

/// Every fact a profile lists.
fn profile_facts(p: &GroupProfile) -> impl Iterator<Item = FactRow> + '_ {
    [
        &p.parents,
        &p.branches,
        &p.pledges_out,
        &p.pledges_in,
        &p.leaders,
        &p.founders,
        &p.members,
        &p.splits,
        &p.renames,
        &p.mergers,
        &p.allies,
        &p.rivals,
        &p.designations,
        &p.strength,
        &p.areas,
        &p.attacks,
    ]
    .into_iter()
    .flatten()
    .cloned()
}

/// Fills the profile's fact lists from `facts` as the store sorts them for the group `id`.
fn sort_into(p: &mut GroupProfile, facts: &[FactRow], id: i64) {
    let list = |t: FactType, out: bool, inn: bool| -> Vec<FactRow> {
        facts
            .iter()
            .filter(|f| f.fact_type == t)
            .filter(|f| (out && f.subject_id == id) || (inn && f.object_id == Some(id)))
            .cloned()
            .collect()
    };
    p.parents = list(FactType::BranchOf, true, false);
    p.branches = list(FactType::BranchOf, false, true);
    p.pledges_out = list(FactType::Pledge, true, false);
    p.pledges_in = list(FactType::Pledge, false, true);
    p.leaders = list(FactType::LeaderOf, false, true);
    p.founders = list(FactType::FounderOf, false, true);
    p.members = list(FactType::MemberOf, false, true);
    p.splits = list(FactType::SplinterOf, true, true);
    p.renames = list(FactType::Renamed, true, true);
    p.mergers = list(FactType::MergedInto, true, true);
    p.allies = list(FactType::AllyOf, true, true);
    p.rivals = list(FactType::RivalOf, true, true);
    p.designations = list(FactType::Designated, true, false);
    p.strength = list(FactType::Strength, true, false);
    p.areas = list(FactType::Presence, true, false);
    p.attacks = list(FactType::Attack, true, false);
}

/// `Store::conflicts` with judgements applied: contradictions read from the judged facts (a
/// rejected fact contradicts nothing unless `all`, a corrected polarity counts as corrected),
/// only those about `group` (an answered id, see [`find_group`]) when given.
pub fn conflicts(
    store: &impl Store,
    judged: &Judged,
    group: Option<i64>,
    kinds: &[ConflictKind],
    all: bool,
) -> Result<Vec<Conflict>> {
    let mut facts = Vec::new();
    for t in [FactType::Strength, FactType::Presence, FactType::LeaderOf] {
        facts.extend(store.facts(&FactFilter { fact_type: Some(t), ..FactFilter::default() })?);
    }
    let facts = judged.apply(facts, all);
    let clusters: HashMap<i64, i64> = judged.catalogue.clusters();
    let mut out = aggregate::conflicts(&facts, &clusters, kinds);
    if let Some(g) = group {
        out.retain(|c| c.group_id == g);
    }
    Ok(out)
}
