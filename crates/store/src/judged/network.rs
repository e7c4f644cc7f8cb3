//! The network of groups with judgements applied: a rejected or corrected-to-denied fact draws
//! no edge, a merged group's edges are its kept group's, and edges are folded again.

use std::collections::{BTreeMap, HashMap, HashSet};

use allegiance_model::{PartialDate, Polarity};

use super::Judged;
use crate::browse::{holds_as_of, Browse, Network, NetworkEdge, NetworkNode};
use crate::rows::{FactFilter, FactRow};
use crate::{Result, Store};

/// A fact's date as the network dates it: its own time, else its article's.
fn dated(f: &FactRow) -> Option<PartialDate> {
    f.when
        .as_ref()
        .and_then(|w| w.start.or(w.end))
        .or_else(|| f.published.as_deref().and_then(PartialDate::parse_prefix))
}

/// [`Browse::network`] as judged answers show it.
pub fn network(
    store: &(impl Store + Browse),
    judged: &Judged,
    as_of: Option<PartialDate>,
) -> Result<Network> {
    if judged.is_empty() {
        return store.network(as_of);
    }
    let base = store.network(None)?;
    let in_base: HashSet<i64> = base.edges.iter().flat_map(|e| e.fact_ids.clone()).collect();
    let mut rows: Vec<FactRow> = Vec::new();
    for t in allegiance_model::FactType::network() {
        let filter = FactFilter { fact_type: Some(t), ..FactFilter::default() };
        rows.extend(store.facts(&filter)?.into_iter().filter(|f| in_base.contains(&f.id)));
    }
    let kept: Vec<FactRow> = rows
        .into_iter()
        .map(|f| judged.judge(f))
        .filter(|j| !j.rejected && j.row.polarity != Polarity::Denied)
        .map(|j| j.row)
        .filter(|f| f.object_id.is_some_and(|o| o != f.subject_id))
        .collect();
    let mut folded: BTreeMap<(&str, i64, i64), Vec<&FactRow>> = BTreeMap::new();
    for f in &kept {
        let o = f.object_id.expect("network facts have an object");
        let (a, b) = if f.fact_type.is_symmetric() && o < f.subject_id {
            (o, f.subject_id)
        } else {
            (f.subject_id, o)
        };
        folded.entry((f.fact_type.as_str(), a, b)).or_default().push(f);
    }
    let mut edges = Vec::new();
    for ((_, source, target), facts) in folded {
        let fact_type = facts[0].fact_type;
        let first = facts.iter().filter_map(|f| dated(f)).min();
        let last = facts.iter().filter_map(|f| dated(f)).max();
        let ends: Vec<Option<PartialDate>> =
            facts.iter().map(|f| f.when.as_ref().and_then(|w| w.end)).collect();
        let until =
            if ends.iter().all(Option::is_some) { ends.into_iter().flatten().max() } else { None };
        if as_of.is_some_and(|as_of| !holds_as_of(first, until, as_of)) {
            continue;
        }
        let documents: HashSet<i64> = facts.iter().map(|f| f.document_id).collect();
        edges.push(NetworkEdge {
            id: format!("{fact_type}:{source}:{target}"),
            hedged: facts.iter().all(|f| f.polarity == Polarity::Hedged),
            fact_ids: facts.iter().map(|f| f.id).collect(),
            documents: documents.len(),
            fact_type,
            source,
            target,
            first,
            last,
            until,
        });
    }
    let known: HashMap<i64, NetworkNode> = base.nodes.into_iter().map(|n| (n.id, n)).collect();
    let ids: HashSet<i64> = edges.iter().flat_map(|e| [e.source, e.target]).collect();
    let mut nodes = Vec::with_capacity(ids.len());
    for id in ids {
        let node = match known.get(&id) {
            Some(n) => n.clone(),
            None => match store.entity(id)? {
                Some(e) => NetworkNode { id, name: e.name, kb: e.kb, facts: e.facts },
                None => continue,
            },
        };
        nodes.push(node);
    }
    nodes.sort_by(|a, b| b.facts.cmp(&a.facts).then_with(|| a.name.cmp(&b.name)));
    let first = kept.iter().filter_map(dated).min();
    let last = kept.iter().filter_map(dated).max();
    Ok(Network { as_of, first, last, nodes, edges })
}
