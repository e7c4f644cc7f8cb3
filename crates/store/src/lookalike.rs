//! Groups the knowledge base lacks, told apart across documents by what the documents say about
//! them: two articles naming a "Free Army" speak of one group unless their context disagrees.
//!
//! The context of a name in one document ([`NameContext`]) is what that document ties the group
//! to: the groups it is a branch of or pledged to (by entity key, with the year it was stated),
//! and the countries of the places it is present in, has fighters in or attacked. Two contexts
//!
//! - **agree** when they share a parent, or share a country while their parents do not conflict;
//! - **conflict** when both name parents, none shared, stated within [`PARENT_YEARS`] of each
//!   other (a group that moves from one patron to another years later is still one group), or
//!   when their parents do not agree and both name countries with none shared;
//! - are otherwise **silent** towards each other (one of them says nothing that could disagree).
//!
//! [`partition`] splits the uses of one name into groups, as a function of the set of uses only
//! (never of the order they were stored in): uses sharing a parent are joined; those sets, largest
//! first, then join the first group they agree with, else the first they are silent towards, else
//! start a group of their own; uses whose document says nothing about the group join the largest.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Pledges or parents stated this many years apart or more are not a conflict (allegiances change).
pub const PARENT_YEARS: i32 = 2;

/// What one document ties a group the knowledge base lacks to.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct NameContext {
    /// Entity keys of the groups it is a branch of or pledged to ("kb:islamic-state",
    /// "group:free army"), each with the year the document states it for (the fact's time, else
    /// the article's date; `None` when neither is known), sorted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parents: Vec<(String, Option<i32>)>,
    /// ISO 3166 codes of the countries of the places it is tied to, sorted, distinct.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    Agree,
    Conflict,
    Silent,
}

impl NameContext {
    pub fn is_silent(&self) -> bool {
        self.parents.is_empty() && self.countries.is_empty()
    }

    pub fn add_parent(&mut self, key: String, year: Option<i32>) {
        if !self.parents.contains(&(key.clone(), year)) {
            self.parents.push((key, year));
            self.parents.sort();
        }
    }

    pub fn add_country(&mut self, code: &str) {
        if let Err(at) = self.countries.binary_search_by(|c| c.as_str().cmp(code)) {
            self.countries.insert(at, code.to_string());
        }
    }

    /// Both contexts together (the context of a set of uses).
    pub fn merge(&mut self, other: &NameContext) {
        for (k, y) in &other.parents {
            self.add_parent(k.clone(), *y);
        }
        for c in &other.countries {
            self.add_country(c);
        }
    }

    fn parents_agree(&self, other: &NameContext) -> bool {
        self.parents.iter().any(|(k, _)| other.parents.iter().any(|(o, _)| o == k))
    }

    fn parents_conflict(&self, other: &NameContext) -> bool {
        if self.parents.is_empty() || other.parents.is_empty() || self.parents_agree(other) {
            return false;
        }
        // Different patrons named for around the same time; an unknown year could be any.
        self.parents.iter().any(|(_, a)| {
            other.parents.iter().any(|(_, b)| match (a, b) {
                (Some(a), Some(b)) => (a - b).abs() < PARENT_YEARS,
                _ => true,
            })
        })
    }

    pub fn relation(&self, other: &NameContext) -> Relation {
        if self.parents_agree(other) {
            return Relation::Agree;
        }
        if self.parents_conflict(other) {
            return Relation::Conflict;
        }
        if self.countries.is_empty() || other.countries.is_empty() {
            return Relation::Silent;
        }
        if self.countries.iter().any(|c| other.countries.binary_search(c).is_ok()) {
            Relation::Agree
        } else {
            Relation::Conflict
        }
    }
}

/// One document's use of a name: the document's content hash (the canonical order) and context.
#[derive(Debug, Clone)]
pub struct NameUse<'a> {
    pub doc_key: &'a str,
    pub context: &'a NameContext,
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, i: usize) -> usize {
        let mut root = i;
        while self.0[root] != root {
            root = self.0[root];
        }
        let mut i = i;
        while self.0[i] != root {
            let next = self.0[i];
            self.0[i] = root;
            i = next;
        }
        root
    }

    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            self.0[a.max(b)] = a.min(b);
        }
    }
}

/// Splits the uses of one name into groups: `result[i]` is the group of `uses[i]`, numbered from 0
/// with group 0 the one most documents with context speak of (ties: the one whose first document
/// in content-hash order comes first). The same set of uses gives the same groups in any order.
///
/// Uses sharing a parent are joined first (transitively: a group said to be a branch of A in one
/// article and of A and B in another is one group). The resulting sets, largest first (ties in
/// content-hash order), then each join the first group they agree with, else the first they do
/// not conflict with, else start a group. Uses without context join group 0.
pub fn partition(uses: &[NameUse]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..uses.len()).filter(|&i| !uses[i].context.is_silent()).collect();
    order.sort_by(|&a, &b| {
        uses[a].doc_key.cmp(uses[b].doc_key).then(uses[a].context.cmp(uses[b].context))
    });
    let mut uf = UnionFind((0..order.len()).collect());
    let mut by_parent: HashMap<&str, usize> = HashMap::new();
    for (p, &i) in order.iter().enumerate() {
        for (k, _) in &uses[i].context.parents {
            match by_parent.get(k.as_str()) {
                Some(&q) => uf.union(p, q),
                None => {
                    by_parent.insert(k.as_str(), p);
                }
            }
        }
    }

    struct Set {
        /// Smallest position in canonical order.
        first: usize,
        members: Vec<usize>,
        context: NameContext,
    }
    let mut sets: HashMap<usize, Set> = HashMap::new();
    for (p, &i) in order.iter().enumerate() {
        let set = sets.entry(uf.find(p)).or_insert_with(|| Set {
            first: p,
            members: Vec::new(),
            context: NameContext::default(),
        });
        set.members.push(i);
        set.context.merge(uses[i].context);
    }
    let mut sets: Vec<Set> = sets.into_values().collect();
    sets.sort_by(|a, b| b.members.len().cmp(&a.members.len()).then(a.first.cmp(&b.first)));

    let mut groups: Vec<Set> = Vec::new();
    for set in sets {
        let fit = groups
            .iter()
            .position(|g| g.context.relation(&set.context) == Relation::Agree)
            .or_else(|| {
                groups.iter().position(|g| g.context.relation(&set.context) == Relation::Silent)
            });
        match fit {
            Some(g) => {
                let g = &mut groups[g];
                g.context.merge(&set.context);
                g.members.extend(set.members);
                g.first = g.first.min(set.first);
            }
            None => groups.push(set),
        }
    }
    // Joining changes sizes: number the groups by size again, ties by first document.
    groups.sort_by(|a, b| b.members.len().cmp(&a.members.len()).then(a.first.cmp(&b.first)));
    let mut result = vec![0usize; uses.len()];
    for (g, set) in groups.iter().enumerate() {
        for &i in &set.members {
            result[i] = g;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(parents: &[(&str, Option<i32>)], countries: &[&str]) -> NameContext {
        let mut c = NameContext::default();
        for (k, y) in parents {
            c.add_parent(k.to_string(), *y);
        }
        for k in countries {
            c.add_country(k);
        }
        c
    }

    fn groups_of(items: &[(&str, NameContext)]) -> Vec<usize> {
        let uses: Vec<NameUse> =
            items.iter().map(|(k, c)| NameUse { doc_key: k, context: c }).collect();
        partition(&uses)
    }

    #[test]
    fn relations_follow_parents_first_then_countries() {
        let is = ctx(&[("kb:islamic-state", Some(2015))], &[]);
        let aq = ctx(&[("kb:al-qaeda", Some(2015))], &[]);
        let aq_later = ctx(&[("kb:al-qaeda", Some(2019))], &[]);
        let syria = ctx(&[], &["SY"]);
        let libya = ctx(&[], &["LY"]);
        let is_libya = ctx(&[("kb:islamic-state", None)], &["LY"]);
        assert_eq!(is.relation(&aq), Relation::Conflict);
        assert_eq!(is.relation(&aq_later), Relation::Silent, "a switch of allegiance years later");
        assert_eq!(syria.relation(&libya), Relation::Conflict);
        assert_eq!(syria.relation(&syria.clone()), Relation::Agree);
        assert_eq!(is.relation(&syria), Relation::Silent);
        assert_eq!(is.relation(&is_libya), Relation::Agree, "a shared parent outweighs places");
        assert_eq!(aq.relation(&is_libya), Relation::Conflict, "undated parents could be any year");
        assert_eq!(NameContext::default().relation(&is), Relation::Silent);
    }

    #[test]
    fn look_alikes_stay_apart_and_silent_uses_join_the_most_reported() {
        let items = vec![
            ("d1", ctx(&[], &["SY"])),
            ("d2", ctx(&[], &["LY"])),
            ("d3", ctx(&[], &["SY"])),
            ("d4", NameContext::default()),
            ("d5", ctx(&[("kb:al-qaeda", Some(2014))], &["SY"])),
        ];
        let g = groups_of(&items);
        assert_eq!(g[0], g[2]);
        assert_eq!(g[0], g[4], "Syria and al-Qaeda: one group");
        assert_ne!(g[0], g[1], "Libya is another group");
        assert_eq!(g[3], g[0], "a silent article joins the most reported");
        assert_eq!(g[0], 0);
    }

    #[test]
    fn compatible_contexts_join_and_different_parents_split() {
        // One article gives a country, another a parent: nothing disagrees, one group.
        let g =
            groups_of(&[("a", ctx(&[], &["SY"])), ("b", ctx(&[("kb:al-qaeda", Some(2014))], &[]))]);
        assert_eq!(g, vec![0, 0]);
        // Same name, two patrons at the same time, even in one country: two groups.
        let g = groups_of(&[
            ("a", ctx(&[("kb:al-qaeda", Some(2014))], &["SY"])),
            ("b", ctx(&[("kb:islamic-state", Some(2014))], &["SY"])),
            ("c", ctx(&[("kb:islamic-state", Some(2015))], &[])),
        ]);
        assert_eq!(g[1], g[2]);
        assert_ne!(g[0], g[1]);
        assert_eq!(g[1], 0, "the larger group is group 0");
    }

    #[test]
    fn the_partition_does_not_depend_on_the_order_of_the_uses() {
        let items = vec![
            ("k1", ctx(&[], &["SY"])),
            ("k2", ctx(&[], &["LY"])),
            ("k3", NameContext::default()),
            ("k4", ctx(&[("kb:x", Some(2014))], &[])),
            ("k5", ctx(&[("kb:y", Some(2014))], &["LY"])),
            ("k6", ctx(&[], &["SY", "IQ"])),
            ("k7", ctx(&[], &["IQ"])),
        ];
        let reference = groups_of(&items);
        // Same-group relation as pairs, compared across every rotation and the reversal.
        let pairs = |g: &[usize], keys: &[&str]| {
            let mut same = Vec::new();
            for i in 0..g.len() {
                for j in 0..g.len() {
                    if g[i] == g[j] {
                        let (a, b) = (keys[i].min(keys[j]), keys[i].max(keys[j]));
                        same.push((a.to_string(), b.to_string()));
                    }
                }
            }
            same.sort();
            same.dedup();
            same
        };
        let keys: Vec<&str> = items.iter().map(|(k, _)| *k).collect();
        let expected = pairs(&reference, &keys);
        let mut perm = items.clone();
        for r in 0..perm.len() {
            perm.rotate_left(1);
            let mut p = perm.clone();
            if r % 2 == 1 {
                p.reverse();
            }
            let k: Vec<&str> = p.iter().map(|(k, _)| *k).collect();
            assert_eq!(pairs(&groups_of(&p), &k), expected, "order {k:?}");
        }
    }
}
