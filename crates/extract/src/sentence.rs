//! A sentence seen through its mentions: each mention becomes a placeholder such as `⟨G3⟩`
//! (group), `⟨P1⟩` (person), `⟨L2⟩` (place) or `⟨B0⟩` (body), so that relation rules can be
//! written over the sentence's shape ("⟨P⟩, leader of ⟨G⟩") rather than its particular names.

use std::cell::RefCell;

use crate::mentions::{DocEntities, Mention};
use crate::model::{EntityKind, FactType};
use crate::trace::{DropReason, Veto};

pub struct Slot {
    /// Index into `DocEntities::mentions`.
    pub mention: usize,
    pub entity: usize,
    pub kind: EntityKind,
    pub anaphor: bool,
    pub adjective: bool,
    /// Byte span of the placeholder in `masked`.
    pub at: (usize, usize),
}

pub struct Masked {
    pub masked: String,
    pub slots: Vec<Slot>,
    /// Clause boundaries as byte offsets in `masked` (sorted, including 0 and len).
    pub clause_cuts: Vec<usize>,
    /// Where each stretch of plain text starts, in `masked` and in the document text, so that a
    /// span found in the masked form can be quoted from the original.
    plain_starts: Vec<(usize, usize)>,
    /// The sentence opens inside a quotation begun in an earlier sentence (its first quote mark
    /// closes one: `We will fight on,” he said`).
    starts_in_quote: bool,
    /// The candidates the rules vetoed, kept only when a trace asks for them
    /// ([`Masked::keep_vetoes`]); `None` in a plain extraction, where a veto costs one test.
    vetoes: Option<RefCell<Vec<Veto>>>,
}

pub fn letter(kind: EntityKind) -> char {
    match kind {
        EntityKind::Group => 'G',
        EntityKind::Person => 'P',
        EntityKind::Place => 'L',
        EntityKind::Body => 'B',
    }
}

/// Builds the masked form of `text[start..end]`.
pub fn mask(text: &str, start: usize, end: usize, doc: &DocEntities) -> Masked {
    let mut masked = String::with_capacity(end - start + 16);
    let mut slots = Vec::new();
    let mut pos = start;
    // The document's mentions are sorted by start: those of this sentence are one run of them.
    let run = crate::budget::mention_range(&doc.mentions, start, end);
    let inside: Vec<(usize, &Mention)> = doc.mentions[run.clone()]
        .iter()
        .zip(run)
        .map(|(m, i)| (i, m))
        .filter(|(_, m)| m.start >= start && m.end <= end)
        .collect();
    let mut last_entity: Option<usize> = None;
    let mut plain_starts = Vec::new();
    for (mi, m) in inside {
        if m.start < pos {
            continue;
        }
        // "Islamic State (IS)": the bracketed repeat adds nothing to the sentence's shape.
        if last_entity == Some(m.entity)
            && text[pos..m.start].trim() == "("
            && text[m.end..end].starts_with(')')
        {
            pos = m.end + 1;
            continue;
        }
        last_entity = Some(m.entity);
        plain_starts.push((masked.len(), pos));
        push_plain(&mut masked, &text[pos..m.start]);
        let kind = doc.entities[m.entity].kind;
        let a = masked.len();
        masked.push('⟨');
        masked.push(letter(kind));
        masked.push_str(&slots.len().to_string());
        masked.push('⟩');
        slots.push(Slot {
            mention: mi,
            entity: m.entity,
            kind,
            anaphor: m.anaphor,
            adjective: m.adjective,
            at: (a, masked.len()),
        });
        pos = m.end;
    }
    plain_starts.push((masked.len(), pos));
    push_plain(&mut masked, &text[pos..end]);
    let clause_cuts = clause_cuts(&masked);
    let starts_in_quote = first_quote_closes(&text[start..end]);
    Masked { masked, slots, clause_cuts, plain_starts, starts_in_quote, vetoes: None }
}

/// Whether the first double quote mark of `s` closes a quotation: a typographic closing mark,
/// or a straight one after a word and before a space or the end.
fn first_quote_closes(s: &str) -> bool {
    let Some((i, c)) = s.char_indices().find(|(_, c)| matches!(c, '"' | '“' | '”')) else {
        return false;
    };
    match c {
        '”' => true,
        '“' => false,
        _ => {
            let before = s[..i].chars().next_back();
            let after = s[i + 1..].chars().next();
            before.is_some_and(|b| b.is_alphanumeric() || matches!(b, ',' | '.' | '!' | '?'))
                && after.is_none_or(|a| a.is_whitespace())
        }
    }
}

/// The byte length `c` takes in the masked form.
fn plain_len(c: char) -> usize {
    match c {
        '’' | '‘' | 'ʼ' | '“' | '”' | '\n' | '\t' | '\r' => 1,
        _ => c.len_utf8(),
    }
}

/// Plain text with typographic quotes and dashes made ASCII, so rules need one spelling.
fn push_plain(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '’' | '‘' | 'ʼ' => out.push('\''),
            '“' | '”' => out.push('"'),
            '\n' | '\t' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
}

fn clause_cuts(masked: &str) -> Vec<usize> {
    let mut cuts = vec![0];
    // A colon opens an explanation with its own subject: "X and Y are rivals: the Z regards ...".
    for pat in
        ["; ", ": ", " but ", ", while ", " whereas ", ", although ", " however", ", and then "]
    {
        let mut from = 0;
        while let Some(p) = masked[from..].find(pat) {
            cuts.push(from + p);
            from += p + pat.len();
        }
    }
    cuts.push(masked.len());
    cuts.sort_unstable();
    cuts.dedup();
    cuts
}

impl Masked {
    /// Keeps the vetoes of the rules that read this sentence from now on (for a trace).
    pub(crate) fn keep_vetoes(&mut self) {
        self.vetoes = Some(RefCell::default());
    }

    /// A rule read a fact between slots `s` and `o` but will not make it, for `reason`: a trace
    /// shows it as a dropped candidate; a plain extraction ignores it.
    pub(crate) fn veto(
        &self,
        rule: &'static str,
        fact_type: FactType,
        (s, o): (usize, Option<usize>),
        reason: DropReason,
    ) {
        if let Some(vetoes) = &self.vetoes {
            let (subject, object) = (self.slots[s].entity, o.map(|o| self.slots[o].entity));
            vetoes.borrow_mut().push(Veto { rule, fact_type, subject, object, reason });
        }
    }

    /// The vetoes kept so far, taken out.
    pub(crate) fn take_vetoes(&self) -> Vec<Veto> {
        self.vetoes.as_ref().map(|v| v.take()).unwrap_or_default()
    }

    /// The document byte offset of masked byte `at`. A placeholder maps to its mention's start
    /// (or, for `at` at its end, the mention's end).
    pub fn source_offset(&self, text: &str, doc: &DocEntities, at: usize) -> usize {
        if let Some(slot) = self.slots.iter().find(|s| {
            s.at.0 <= at && at <= s.at.1 && !(at == s.at.1 && self.plain_at(at).is_some())
        }) {
            let m = &doc.mentions[slot.mention];
            return if at == slot.at.0 { m.start } else { m.end };
        }
        let Some((mstart, tstart)) = self.plain_at(at) else { return text.len() };
        let mut mpos = mstart;
        let mut tpos = tstart;
        for c in text[tstart..].chars() {
            if mpos >= at {
                break;
            }
            mpos += plain_len(c);
            tpos += c.len_utf8();
        }
        tpos
    }

    /// The plain stretch containing masked byte `at` (its masked and text starts).
    fn plain_at(&self, at: usize) -> Option<(usize, usize)> {
        let i = self.plain_starts.partition_point(|&(m, _)| m <= at);
        let (m, t) = *self.plain_starts.get(i.checked_sub(1)?)?;
        // Inside a placeholder, not plain text.
        if self.slots.iter().any(|s| s.at.0 >= m && s.at.0 < at && at < s.at.1) {
            return None;
        }
        Some((m, t))
    }

    /// Clause containing byte `at` of `masked`, as a range.
    pub fn clause_of(&self, at: usize) -> (usize, usize) {
        let i = self.clause_cuts.partition_point(|&c| c <= at);
        let s = self.clause_cuts[i.saturating_sub(1)];
        let e = self.clause_cuts.get(i).copied().unwrap_or(self.masked.len());
        (s, e)
    }

    /// The slot whose placeholder carries number `n` (as written in the masked text).
    pub fn slot(&self, n: usize) -> Option<&Slot> {
        self.slots.get(n)
    }

    /// Whether byte `at` lies inside a quotation (an odd number of quote marks before it).
    pub fn in_quotes(&self, at: usize) -> bool {
        (self.masked[..at].matches('"').count() + usize::from(self.starts_in_quote)) % 2 == 1
    }

    /// Parses a placeholder's number from a regex capture.
    pub fn slot_of_capture(&self, digits: &str) -> Option<usize> {
        digits.parse().ok().filter(|&n: &usize| n < self.slots.len())
    }

    /// Slots of the given kinds inside `range`.
    pub fn slots_in(
        &self,
        range: (usize, usize),
        kinds: &[EntityKind],
    ) -> impl Iterator<Item = (usize, &Slot)> + '_ {
        let kinds = kinds.to_vec();
        self.slots
            .iter()
            .enumerate()
            .filter(move |(_, s)| s.at.0 >= range.0 && s.at.1 <= range.1 && kinds.contains(&s.kind))
    }

    /// The nearest slot of `kinds` that ends before `at`, in `at`'s clause.
    pub fn nearest_before(&self, at: usize, kinds: &[EntityKind]) -> Option<usize> {
        let clause = self.clause_of(at);
        self.slots_in((clause.0, at), kinds).last().map(|(i, _)| i)
    }

    /// The sentence's first group before `at` when `at`'s own clause names none before it: the
    /// subject carried over a clause cut ("X has 400 members in A but controls 10,000 in B").
    pub fn carried_subject(&self, at: usize) -> Option<usize> {
        let clause = self.clause_of(at);
        if self.slots_in((clause.0, at), &[EntityKind::Group]).next().is_some() {
            return None;
        }
        self.slots_in((0, clause.0), &[EntityKind::Group]).map(|(i, _)| i).next()
    }

    /// Nearest slot of the kinds starting after `at`, same clause.
    pub fn nearest_after(&self, at: usize, kinds: &[EntityKind]) -> Option<usize> {
        let clause = self.clause_of(at);
        self.slots_in((at, clause.1), kinds).next().map(|(i, _)| i)
    }

    /// The slot `i` and those coordinated with it ("⟨L1⟩, ⟨L2⟩ and ⟨L3⟩"), same kind.
    pub fn coordinated(&self, i: usize) -> Vec<usize> {
        let kind = self.slots[i].kind;
        // A state and an international body can stand in one list: "the UK, US and the UN".
        let same = |k: EntityKind| {
            k == kind
                || (matches!(k, EntityKind::Place | EntityKind::Body)
                    && matches!(kind, EntityKind::Place | EntityKind::Body))
        };
        let mut out = vec![i];
        let joins = |gap: &str| {
            let g = gap.trim();
            matches!(
                g,
                "," | "and"
                    | ", and"
                    | "or"
                    | ", or"
                    | "as well as"
                    | "and the"
                    | ", the"
                    | "and in"
                    | ", and the"
                    | "&"
                    | "and then"
                    | ", and then"
                    | "and later"
                    | ", and later"
                    | "and then the"
                    | "and later the"
            )
        };
        let mut j = i;
        while j + 1 < self.slots.len() {
            let gap = &self.masked[self.slots[j].at.1..self.slots[j + 1].at.0];
            if same(self.slots[j + 1].kind) && joins(gap) {
                j += 1;
                out.push(j);
            } else if matches!(kind, EntityKind::Group | EntityKind::Person)
                && j + 2 < self.slots.len()
                && self.slots[j + 1].kind == EntityKind::Place
                && same(self.slots[j + 2].kind)
                && matches!(gap, " in " | " in the " | " of ")
                && joins(&self.masked[self.slots[j + 1].at.1..self.slots[j + 2].at.0])
            {
                // "⟨G⟩ in ⟨L⟩ and ⟨G⟩ in ⟨L⟩": a place qualifying each member of the list.
                j += 2;
                out.push(j);
            } else {
                break;
            }
        }
        let mut j = i;
        while j > 0 {
            let gap = &self.masked[self.slots[j - 1].at.1..self.slots[j].at.0];
            if same(self.slots[j - 1].kind) && joins(gap) {
                j -= 1;
                out.push(j);
            } else {
                break;
            }
        }
        out.sort_unstable();
        out
    }
}
