//! Facts read across articles: a group's strength estimates as a dated series, and the claims that
//! contradict each other. Pure functions over stored fact rows; `sqlite.rs` fetches the rows.
//!
//! Each fact row comes with its article's near-duplicate cluster (`clusters`: document id →
//! cluster id), so that a syndicated copy adds an article but not an independent report.
//!
//! What counts as a contradiction:
//!
//! - **strength**: estimates for the same group, the same scope (the same place, or both without
//!   one) and the same kind of unit ([`unit_class`]), dated in the same year, whose ranges are more
//!   than [`STRENGTH_TOLERANCE`] apart. "As many as N"/"up to N" reads as 0..N, "more than N"/"at
//!   least N" as N and up.
//! - **presence**: the group is said to be in a place (a presence fact, or a strength figure for
//!   that place) and said not to be there, for overlapping years.
//! - **leader**: two different people said to lead the group at the same time. A statement the
//!   article dates ("in 2014", "since May 2015") covers that time; an undated one the day its
//!   article appeared, and two undated ones are the same time when their articles appeared within
//!   [`LEADER_DAYS`] of each other. So successive leaders reported years apart, and a new leader
//!   "since" a date against an old one named before it, are not a conflict; two names within one
//!   article are not either (articles name founders, deputies and successors side by side), nor
//!   names one of which is part of the other ("Baghdadi" and "Abu Bakr al-Baghdadi").
//!
//! Statements with no date at all (no time stated, no article date) are not compared: nothing
//! says they speak of the same time. Two statements of one article by the same source are not a
//! contradiction either (the article reports a change or a breakdown).

use crate::rows::FactRow;
use allegiance_model::{norm_name, FactType, PartialDate, Polarity, StrengthAttrs, When};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Ranges whose nearest ends differ by more than this share of the smaller end disagree.
pub const STRENGTH_TOLERANCE: f64 = 0.25;
/// Undated leader statements from articles this many days apart or fewer speak of the same time.
pub const LEADER_DAYS: i64 = 31;

/// One point of a group's strength series: an estimate as stated, folded across the articles
/// that repeat it.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StrengthPoint {
    /// When the estimate holds: the time the article gives it (start, else end), else the
    /// article's date.
    pub date: Option<PartialDate>,
    pub dated_by: DatedBy,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub unit: Option<String>,
    /// "as many as", "more than", "about" ... when the article hedges the figure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// The place the figure is for; none for the group's total.
    pub place: Option<String>,
    /// Who gives the figure: the attributions, else the outlets that state it themselves.
    pub sources: Vec<String>,
    pub polarities: Vec<Polarity>,
    /// Independent articles: near-duplicate copies count once.
    pub reports: usize,
    /// Articles stating it, copies included.
    pub documents: usize,
    /// Every statement of it, with its article and evidence.
    pub facts: Vec<FactRow>,
}

/// Where a strength estimate's date comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum DatedBy {
    /// The article dates the estimate itself.
    Stated,
    /// The date is the article's.
    Published,
    /// There is neither.
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum ConflictKind {
    Strength,
    Presence,
    Leader,
}

impl ConflictKind {
    pub const ALL: [ConflictKind; 3] =
        [ConflictKind::Strength, ConflictKind::Presence, ConflictKind::Leader];

    pub fn as_str(self) -> &'static str {
        match self {
            ConflictKind::Strength => "strength",
            ConflictKind::Presence => "presence",
            ConflictKind::Leader => "leader",
        }
    }

    pub fn parse(s: &str) -> Option<ConflictKind> {
        ConflictKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// One side of a contradiction: a statement and every fact making it.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConflictSide {
    /// What this side says: "3,000 fighters", "present in Pakistan", "Abu X leads it".
    pub statement: String,
    pub sources: Vec<String>,
    pub reports: usize,
    pub facts: Vec<FactRow>,
}

/// Two claims about one group that cannot both be true.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Conflict {
    #[serde(rename = "type")]
    pub kind: ConflictKind,
    pub group: String,
    pub group_id: i64,
    /// The place both sides speak of (strength, presence).
    pub place: Option<String>,
    /// The time both sides speak of.
    pub period: When,
    /// Why they disagree, in words.
    pub reason: String,
    pub a: ConflictSide,
    pub b: ConflictSide,
}

/// Which contradictions to list.
#[derive(Debug, Clone, Default)]
pub struct ConflictFilter {
    /// Only those about this group (any name or alias, chosen as `group_profile` chooses).
    pub group: Option<String>,
    /// Only these kinds (all when empty).
    pub kinds: Vec<ConflictKind>,
}

/// A closed range of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Days {
    lo: NaiveDate,
    hi: NaiveDate,
}

impl Days {
    /// The days a date covers at its precision (a year, a month or one day).
    fn of(date: PartialDate) -> Days {
        Days { lo: date.first_day(), hi: date.last_day() }
    }

    fn overlaps(&self, o: &Days) -> bool {
        self.lo <= o.hi && o.lo <= self.hi
    }
}

/// The fact's own time, as stated by the article (start, else end).
fn stated(f: &FactRow) -> Option<PartialDate> {
    f.when.as_ref().and_then(When::stated)
}

/// The fact's article's date (its day, when the source gave a timestamp).
fn published(f: &FactRow) -> Option<PartialDate> {
    f.published.as_deref().and_then(PartialDate::parse_prefix)
}

/// When a strength estimate holds, and how that is known.
fn estimate_date(f: &FactRow) -> (Option<PartialDate>, DatedBy) {
    match (stated(f), published(f)) {
        (Some(s), _) => (Some(s), DatedBy::Stated),
        (None, Some(p)) => (Some(p), DatedBy::Published),
        (None, None) => (None, DatedBy::Unknown),
    }
}

/// The years a presence statement covers: its stated time, else its article's year.
fn presence_years(f: &FactRow) -> Option<(i32, i32)> {
    let w = f.when.as_ref();
    let start = w.and_then(|w| w.start).map(PartialDate::year_of);
    let end = w.and_then(|w| w.end).map(PartialDate::year_of);
    match (start, end) {
        (Some(s), Some(e)) => Some((s.min(e), s.max(e))),
        (Some(y), None) | (None, Some(y)) => Some((y, y)),
        (None, None) => published(f).map(PartialDate::year_of).map(|y| (y, y)),
    }
}

/// Who says it: the attribution, else the outlet, else the article.
fn who(f: &FactRow) -> String {
    f.source.clone().or_else(|| f.publisher.clone()).unwrap_or_else(|| f.doc.clone())
}

fn distinct<T: Ord + Clone>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut seen = Vec::new();
    for i in items {
        if !seen.contains(&i) {
            seen.push(i);
        }
    }
    seen
}

fn reports(facts: &[FactRow], clusters: &HashMap<i64, i64>) -> usize {
    facts
        .iter()
        .map(|f| clusters.get(&f.document_id).copied().unwrap_or(f.document_id))
        .collect::<HashSet<_>>()
        .len()
}

fn side(statement: String, facts: Vec<FactRow>, clusters: &HashMap<i64, i64>) -> ConflictSide {
    ConflictSide {
        statement,
        sources: distinct(facts.iter().map(who)),
        reports: reports(&facts, clusters),
        facts,
    }
}

fn strength(f: &FactRow) -> Option<&StrengthAttrs> {
    f.attrs.strength()
}

fn min_of(f: &FactRow) -> Option<f64> {
    strength(f).map(|s| s.min)
}

fn max_of(f: &FactRow) -> Option<f64> {
    strength(f).map(|s| s.max)
}

fn unit_of(f: &FactRow) -> Option<String> {
    strength(f).map(|s| s.unit.clone())
}

fn qualifier_of(f: &FactRow) -> Option<String> {
    strength(f).and_then(|s| s.qualifier.clone())
}

/// 3000 → "3,000"; 2.5 → "2.5".
fn figure(v: f64) -> String {
    if v.fract() != 0.0 || v.abs() >= 1e15 {
        return format!("{v}");
    }
    let digits = format!("{}", v.abs() as u64);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if v < 0.0 {
        out.insert(0, '-');
    }
    out
}

/// "as many as 3,000 fighters", "7,000–9,000 members".
pub fn describe_strength(
    min: Option<f64>,
    max: Option<f64>,
    unit: Option<&str>,
    qualifier: Option<&str>,
) -> String {
    let range = match (min, max) {
        (Some(a), Some(b)) if a == b => figure(a),
        (Some(a), Some(b)) => format!("{}–{}", figure(a), figure(b)),
        (Some(a), None) | (None, Some(a)) => figure(a),
        (None, None) => "?".into(),
    };
    let mut out = String::new();
    if let Some(q) = qualifier.filter(|q| !q.is_empty()) {
        out.push_str(q);
        out.push(' ');
    }
    out.push_str(&range);
    if let Some(u) = unit.filter(|u| !u.is_empty()) {
        out.push(' ');
        out.push_str(u);
    }
    out
}

/// Words for people under arms; figures in any of them measure the same thing.
const PERSONNEL: &[&str] = &[
    "fighter",
    "militant",
    "member",
    "soldier",
    "combatant",
    "man",
    "men",
    "troop",
    "gunman",
    "gunmen",
    "jihadist",
    "insurgent",
    "recruit",
    "operative",
    "personnel",
    "cadre",
    "guerrilla",
    "extremist",
    "loyalist",
    "rebel",
];
/// Words that do not change what is counted.
const FILLER: &[&str] = &[
    "armed", "trained", "strong", "hardcore", "core", "and", "or", "of", "the", "its", "their",
    "some",
];

/// The kind of thing a figure counts: "fighters", "armed militants" and "members" are all
/// `personnel`; "foreign fighters" or "Chechen fighters" count a part and are their own kind.
pub fn unit_class(unit: Option<&str>) -> String {
    let unit = unit.unwrap_or("members").to_lowercase();
    let mut words: Vec<String> = unit
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !FILLER.contains(w))
        .map(|w| {
            let single = if w.len() > 3 && w.ends_with('s') { &w[..w.len() - 1] } else { w };
            if PERSONNEL.contains(&single) || PERSONNEL.contains(&w) {
                "personnel".to_string()
            } else {
                single.to_string()
            }
        })
        .collect();
    words.sort();
    words.dedup();
    if words.is_empty() {
        "personnel".into()
    } else {
        words.join(" ")
    }
}

/// The range a figure stands for, before the tolerance.
fn effective_range(min: f64, max: f64, qualifier: Option<&str>) -> (f64, f64) {
    let (lo, hi) = (min.min(max), min.max(max));
    match qualifier.unwrap_or("") {
        "more than" | "over" | "at least" => (lo, f64::INFINITY),
        "as many as" | "up to" => (0.0, hi),
        _ => (lo, hi),
    }
}

fn ranges_disagree(a: (f64, f64), b: (f64, f64)) -> bool {
    let apart = |low: (f64, f64), high: (f64, f64)| high.0 > low.1 * (1.0 + STRENGTH_TOLERANCE);
    apart(a, b) || apart(b, a)
}

/// Two statements from one article by the same source say what the article says, not two claims.
fn same_voice(a: &FactRow, b: &FactRow) -> bool {
    a.document_id == b.document_id && a.source == b.source
}

/// The group's strength estimates as a series, ordered by date (undated last), then place and figure.
pub fn strength_series(facts: &[FactRow], clusters: &HashMap<i64, i64>) -> Vec<StrengthPoint> {
    type Key = (Option<PartialDate>, Option<i64>, String, String, Option<String>, Option<String>);
    let mut points: BTreeMap<Key, Vec<FactRow>> = BTreeMap::new();
    for f in facts.iter().filter(|f| f.fact_type == FactType::Strength) {
        let (date, _) = estimate_date(f);
        let key = (
            date,
            f.object_id,
            format!("{:020.3}", min_of(f).unwrap_or(-1.0)),
            format!("{:020.3}", max_of(f).unwrap_or(-1.0)),
            unit_of(f),
            qualifier_of(f),
        );
        points.entry(key).or_default().push(f.clone());
    }
    let mut out: Vec<StrengthPoint> = points
        .into_values()
        .map(|facts| {
            let first = &facts[0];
            let (date, dated_by) = estimate_date(first);
            StrengthPoint {
                date,
                dated_by,
                min: min_of(first),
                max: max_of(first),
                unit: unit_of(first),
                qualifier: qualifier_of(first),
                place: first.object.clone(),
                sources: distinct(facts.iter().map(who)),
                polarities: distinct(facts.iter().map(|f| f.polarity)),
                reports: reports(&facts, clusters),
                documents: facts.iter().map(|f| f.document_id).collect::<HashSet<_>>().len(),
                facts,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        (a.date.is_none(), &a.date, &a.place, a.min.unwrap_or(0.0).to_bits()).cmp(&(
            b.date.is_none(),
            &b.date,
            &b.place,
            b.min.unwrap_or(0.0).to_bits(),
        ))
    });
    out
}

/// (group, place, unit class, year): the estimates that can contradict each other.
type Scope = (i64, Option<i64>, String, i32);
/// (min, max, qualifier): one way of stating a figure.
type Figure = (String, String, Option<String>);
/// Statements with the years they cover.
type Dated = Vec<(FactRow, (i32, i32))>;

fn strength_conflicts(facts: &[FactRow], clusters: &HashMap<i64, i64>, out: &mut Vec<Conflict>) {
    let mut buckets: BTreeMap<Scope, BTreeMap<Figure, Vec<FactRow>>> = BTreeMap::new();
    for f in
        facts.iter().filter(|f| f.fact_type == FactType::Strength && f.polarity != Polarity::Denied)
    {
        let (Some(min), Some(max)) = (min_of(f), max_of(f)) else { continue };
        let Some(year) = estimate_date(f).0.map(PartialDate::year_of) else { continue };
        let unit = unit_of(f);
        let key = (f.subject_id, f.object_id, unit_class(unit.as_deref()), year);
        let figure = (format!("{min:020.3}"), format!("{max:020.3}"), qualifier_of(f));
        buckets.entry(key).or_default().entry(figure).or_default().push(f.clone());
    }
    for ((group_id, _, _, year), figures) in buckets {
        let figures: Vec<Vec<FactRow>> = figures.into_values().collect();
        for i in 0..figures.len() {
            for j in i + 1..figures.len() {
                let (a, b) = (&figures[i][0], &figures[j][0]);
                let range = |f: &FactRow| {
                    let q = qualifier_of(f);
                    effective_range(
                        min_of(f).unwrap_or(0.0),
                        max_of(f).unwrap_or(0.0),
                        q.as_deref(),
                    )
                };
                if !ranges_disagree(range(a), range(b)) {
                    continue;
                }
                if figures[i].iter().all(|x| figures[j].iter().all(|y| same_voice(x, y))) {
                    continue;
                }
                let say = |f: &FactRow| {
                    describe_strength(
                        min_of(f),
                        max_of(f),
                        unit_of(f).as_deref(),
                        qualifier_of(f).as_deref(),
                    )
                };
                let (sa, sb) = (say(a), say(b));
                let reason = format!(
                    "{sa} and {sb} for {}{} in {year}: the ranges are more than {}% apart",
                    a.subject,
                    a.object.as_deref().map(|p| format!(" in {p}")).unwrap_or_default(),
                    (STRENGTH_TOLERANCE * 100.0) as u32
                );
                out.push(Conflict {
                    kind: ConflictKind::Strength,
                    group: a.subject.clone(),
                    group_id,
                    place: a.object.clone(),
                    period: When {
                        start: Some(PartialDate::Year(year)),
                        end: Some(PartialDate::Year(year)),
                    },
                    reason,
                    a: side(sa, figures[i].clone(), clusters),
                    b: side(sb, figures[j].clone(), clusters),
                });
            }
        }
    }
}

/// Presence facts, and strength figures for a place (a figure for a place says the group is there).
fn presence_conflicts(facts: &[FactRow], clusters: &HashMap<i64, i64>, out: &mut Vec<Conflict>) {
    // (group, place) → (said to be there, said not to be).
    let mut by_place: BTreeMap<(i64, i64), (Dated, Dated)> = BTreeMap::new();
    for f in facts {
        let (Some(place), Some(years)) = (f.object_id, presence_years(f)) else { continue };
        let denied = f.polarity == Polarity::Denied;
        let relevant = match f.fact_type {
            FactType::Presence => true,
            FactType::Strength => !denied && max_of(f).is_some_and(|m| m > 0.0),
            _ => false,
        };
        if !relevant {
            continue;
        }
        let entry = by_place.entry((f.subject_id, place)).or_default();
        if denied { &mut entry.1 } else { &mut entry.0 }.push((f.clone(), years));
    }
    for ((group_id, _), (there, not_there)) in by_place {
        // Pairs that overlap in time, joined into connected sets: one conflict per set.
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        for (i, (a, ya)) in there.iter().enumerate() {
            for (j, (d, yd)) in not_there.iter().enumerate() {
                if ya.0 <= yd.1 && yd.0 <= ya.1 && !same_voice(a, d) {
                    pairs.push((i, j));
                }
            }
        }
        if pairs.is_empty() {
            continue;
        }
        // Union over the bipartite graph: node i for `there`, there.len() + j for `not_there`.
        let n = there.len() + not_there.len();
        let mut parent: Vec<usize> = (0..n).collect();
        fn root(p: &mut [usize], mut i: usize) -> usize {
            while p[i] != i {
                p[i] = p[p[i]];
                i = p[i];
            }
            i
        }
        for &(i, j) in &pairs {
            let (a, b) = (root(&mut parent, i), root(&mut parent, there.len() + j));
            parent[a.max(b)] = a.min(b);
        }
        let mut components: BTreeMap<usize, (Vec<usize>, Vec<usize>)> = BTreeMap::new();
        for &(i, j) in &pairs {
            let r = root(&mut parent, i);
            let c = components.entry(r).or_default();
            if !c.0.contains(&i) {
                c.0.push(i);
            }
            if !c.1.contains(&j) {
                c.1.push(j);
            }
        }
        for (_, (is, js)) in components {
            let a: Vec<FactRow> = is.iter().map(|&i| there[i].0.clone()).collect();
            let b: Vec<FactRow> = js.iter().map(|&j| not_there[j].0.clone()).collect();
            let years = is.iter().map(|&i| there[i].1).chain(js.iter().map(|&j| not_there[j].1));
            let (lo, hi) =
                years.fold((i32::MAX, i32::MIN), |(lo, hi), (a, b)| (lo.min(a), hi.max(b)));
            let place = a[0].object.clone().unwrap_or_default();
            let group = a[0].subject.clone();
            out.push(Conflict {
                kind: ConflictKind::Presence,
                group: group.clone(),
                group_id,
                place: Some(place.clone()),
                period: When {
                    start: Some(PartialDate::Year(lo)),
                    end: Some(PartialDate::Year(hi)),
                },
                reason: format!(
                    "{group} is said to be in {place} and said not to be there, for the same years"
                ),
                a: side(format!("present in {place}"), a, clusters),
                b: side(format!("not present in {place}"), b, clusters),
            });
        }
    }
}

/// A leadership statement's time: stated (at its own precision), else its article's date.
#[derive(Debug, Clone, Copy)]
struct LeaderTime {
    days: Days,
    stated: bool,
}

fn leader_time(f: &FactRow) -> Option<LeaderTime> {
    let w = f.when.as_ref();
    let start = w.and_then(|w| w.start).map(Days::of);
    let end = w.and_then(|w| w.end).map(Days::of);
    let stated_days = match (start, end) {
        (Some(s), Some(e)) => Some(Days { lo: s.lo.min(e.lo), hi: s.hi.max(e.hi) }),
        (Some(d), None) | (None, Some(d)) => Some(d),
        (None, None) => None,
    };
    match stated_days {
        Some(days) => Some(LeaderTime { days, stated: true }),
        None => published(f).map(|date| LeaderTime { days: Days::of(date), stated: false }),
    }
}

fn same_time(a: LeaderTime, b: LeaderTime) -> Option<Days> {
    if !a.stated && !b.stated {
        // Articles appearing within a month of each other speak of the same time.
        let gap = (a.days.lo.max(b.days.lo) - a.days.hi.min(b.days.hi)).num_days();
        return (gap <= LEADER_DAYS)
            .then(|| Days { lo: a.days.lo.min(b.days.lo), hi: a.days.hi.max(b.days.hi) });
    }
    a.days
        .overlaps(&b.days)
        .then(|| Days { lo: a.days.lo.max(b.days.lo), hi: a.days.hi.min(b.days.hi) })
}

/// "Baghdadi" is part of "Abu Bakr al-Baghdadi": likely one person under two entities.
fn one_name_within_the_other(a: &str, b: &str) -> bool {
    let (a, b) = (norm_name(a), norm_name(b));
    let wa: HashSet<&str> = a.split(' ').filter(|w| !w.is_empty()).collect();
    let wb: HashSet<&str> = b.split(' ').filter(|w| !w.is_empty()).collect();
    !wa.is_empty() && !wb.is_empty() && (wa.is_subset(&wb) || wb.is_subset(&wa))
}

fn leader_conflicts(facts: &[FactRow], clusters: &HashMap<i64, i64>, out: &mut Vec<Conflict>) {
    let mut by_group: BTreeMap<i64, Vec<(FactRow, LeaderTime)>> = BTreeMap::new();
    for f in
        facts.iter().filter(|f| f.fact_type == FactType::LeaderOf && f.polarity != Polarity::Denied)
    {
        let (Some(_), Some(t)) = (f.object_id, leader_time(f)) else { continue };
        by_group.entry(f.object_id.unwrap_or_default()).or_default().push((f.clone(), t));
    }
    for (group_id, statements) in by_group {
        // (person a, person b) with a < b → facts of each side and the overlapping days.
        type Sides = (Vec<usize>, Vec<usize>, Days);
        let mut found: BTreeMap<(i64, i64), Sides> = BTreeMap::new();
        // Each person's statements in order; pairs of statements are only asked of pairs of
        // people whose names are not one within the other, answered once per pair: hundreds of
        // statements of a dozen people would otherwise normalise the same names a million times.
        let mut of_person: BTreeMap<i64, Vec<usize>> = BTreeMap::new();
        for (i, (f, _)) in statements.iter().enumerate() {
            of_person.entry(f.subject_id).or_default().push(i);
        }
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        for (pa, is) in &of_person {
            for js in of_person.range(pa + 1..).map(|(_, js)| js) {
                let (a, b) = (&statements[is[0]].0.subject, &statements[js[0]].0.subject);
                if one_name_within_the_other(a, b) {
                    continue;
                }
                for &i in is {
                    pairs.extend(js.iter().map(|&j| (i, j)));
                }
            }
        }
        // In the order of a walk over every (i, j): the sides list statements as first seen.
        pairs.sort_unstable();
        for (i, j) in pairs {
            let ((a, ta), (b, tb)) = (&statements[i], &statements[j]);
            if a.document_id == b.document_id {
                continue;
            }
            let Some(days) = same_time(*ta, *tb) else { continue };
            let e = found
                .entry((a.subject_id, b.subject_id))
                .or_insert_with(|| (Vec::new(), Vec::new(), days));
            if !e.0.contains(&i) {
                e.0.push(i);
            }
            if !e.1.contains(&j) {
                e.1.push(j);
            }
            e.2 = Days { lo: e.2.lo.min(days.lo), hi: e.2.hi.max(days.hi) };
        }
        for (_, (is, js, days)) in found {
            let a: Vec<FactRow> = is.iter().map(|&i| statements[i].0.clone()).collect();
            let b: Vec<FactRow> = js.iter().map(|&j| statements[j].0.clone()).collect();
            let group = a[0].object.clone().unwrap_or_default();
            let (pa, pb) = (a[0].subject.clone(), b[0].subject.clone());
            out.push(Conflict {
                kind: ConflictKind::Leader,
                group: group.clone(),
                group_id,
                place: None,
                period: When {
                    start: Some(PartialDate::Day(days.lo)),
                    end: Some(PartialDate::Day(days.hi)),
                },
                reason: format!("{pa} and {pb} are both said to lead {group} at the same time"),
                a: side(format!("{pa} leads {group}"), a, clusters),
                b: side(format!("{pb} leads {group}"), b, clusters),
            });
        }
    }
}

/// The contradictions among `facts` (strength, presence and leader_of rows), of the given kinds
/// (all when empty), ordered by group, kind and time.
pub fn conflicts(
    facts: &[FactRow],
    clusters: &HashMap<i64, i64>,
    kinds: &[ConflictKind],
) -> Vec<Conflict> {
    let wants = |k: ConflictKind| kinds.is_empty() || kinds.contains(&k);
    let mut out = Vec::new();
    if wants(ConflictKind::Strength) {
        strength_conflicts(facts, clusters, &mut out);
    }
    if wants(ConflictKind::Presence) {
        presence_conflicts(facts, clusters, &mut out);
    }
    if wants(ConflictKind::Leader) {
        leader_conflicts(facts, clusters, &mut out);
    }
    out.sort_by(|a, b| {
        (&a.group, a.group_id, a.kind, &a.period.start, &a.place, &a.a.statement).cmp(&(
            &b.group,
            b.group_id,
            b.kind,
            &b.period.start,
            &b.place,
            &b.a.statement,
        ))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_of_people_under_arms_are_one_kind_and_parts_are_their_own() {
        assert_eq!(unit_class(Some("fighters")), "personnel");
        assert_eq!(unit_class(Some("armed militants")), "personnel");
        assert_eq!(unit_class(Some("members")), unit_class(Some("Men")));
        assert_eq!(unit_class(None), "personnel");
        assert_ne!(unit_class(Some("foreign fighters")), "personnel");
        assert_ne!(unit_class(Some("Chechen fighters")), unit_class(Some("fighters")));
    }

    #[test]
    fn ranges_read_their_qualifiers() {
        let r = |a, b, q| effective_range(a, b, q);
        assert!(!ranges_disagree(r(3000.0, 3000.0, None), r(3500.0, 3500.0, None)), "within 25%");
        assert!(ranges_disagree(r(3000.0, 3000.0, None), r(8000.0, 8000.0, None)));
        assert!(
            !ranges_disagree(r(7000.0, 9000.0, None), r(8500.0, 10000.0, None)),
            "overlapping ranges"
        );
        assert!(
            !ranges_disagree(r(3000.0, 3000.0, Some("as many as")), r(500.0, 500.0, None)),
            "up to 3,000 includes 500"
        );
        assert!(!ranges_disagree(r(400.0, 400.0, Some("more than")), r(5000.0, 5000.0, None)));
        assert!(ranges_disagree(r(4000.0, 4000.0, Some("up to")), r(10000.0, 10000.0, None)));
    }

    #[test]
    fn dates_cover_their_precision() {
        let days = |s: &str| Days::of(PartialDate::parse(s).unwrap());
        let y = days("2015");
        assert_eq!((y.hi - y.lo).num_days(), 364);
        let feb = days("2016-02");
        assert_eq!((feb.hi - feb.lo).num_days(), 28, "leap year");
        let d = days("2015-03-08");
        assert_eq!((d.lo, d.hi), (d.lo, d.lo));
        assert_eq!(
            describe_strength(Some(7000.0), Some(9000.0), Some("fighters"), None),
            "7,000–9,000 fighters"
        );
        assert_eq!(
            describe_strength(Some(3000.0), Some(3000.0), Some("men"), Some("as many as")),
            "as many as 3,000 men"
        );
        assert!(one_name_within_the_other("Baghdadi", "Abu Bakr al-Baghdadi"));
        assert!(!one_name_within_the_other("Abu Omar al-Baghdadi", "Abu Bakr al-Baghdadi"));
    }
}
