//! Judgements applied to one fact row: its review (confirmed, rejected, values replaced), its
//! corrected polarity and time, and its entities as answers show them.

use allegiance_model::{Polarity, When};
use serde::Serialize;

use super::Judged;
use crate::judgements::Verdict;
use crate::rows::FactRow;

/// What analysts said about a fact.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Review {
    /// `confirmed`, `rejected` or `corrected` (a value replaced without a verdict).
    pub status: String,
    /// The polarity extraction gave, when a judgement replaced it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extracted_polarity: Option<Polarity>,
    /// The time extraction gave (none when it gave none), when a judgement replaced it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extracted_when: Option<Option<When>>,
    /// The judgements applied, by id.
    pub judgements: Vec<String>,
}

impl Review {
    pub fn rejected(&self) -> bool {
        self.status == "rejected"
    }
}

/// A fact row with judgements applied.
#[derive(Debug, Clone, PartialEq)]
pub struct JudgedFact {
    pub row: FactRow,
    pub rejected: bool,
}

impl Judged {
    /// `row` as answers show it: polarity and time corrected, subject and object mapped through
    /// merges, splits and renames, and its review attached when any judgement matched.
    pub fn judge(&self, mut row: FactRow) -> JudgedFact {
        let matching = self.matching(&row);
        let mut review = Review::default();
        let (mut confirmed, mut rejected, mut corrected) = (false, false, false);
        for i in matching {
            let j = &self.judgements[i];
            review.judgements.push(j.id.clone());
            match &j.verdict {
                Verdict::Confirm { .. } => confirmed = true,
                Verdict::Reject { .. } => rejected = true,
                Verdict::Polarity { polarity, .. } if *polarity != row.polarity => {
                    review.extracted_polarity = Some(row.polarity);
                    row.polarity = *polarity;
                    corrected = true;
                }
                Verdict::Time { when, .. } if row.when.as_ref() != Some(when) => {
                    review.extracted_when = Some(row.when.take());
                    row.when = Some(when.clone());
                    corrected = true;
                }
                _ => {}
            }
        }
        if !review.judgements.is_empty() {
            review.status = if rejected {
                "rejected"
            } else if confirmed {
                "confirmed"
            } else if corrected {
                "corrected"
            } else {
                // Corrections that restate what was extracted.
                "confirmed"
            }
            .to_string();
            row.review = Some(review);
        }
        self.remap(&mut row);
        JudgedFact { row, rejected }
    }

    /// Subject and object as answers show them.
    fn remap(&self, row: &mut FactRow) {
        let doc = self.catalogue.documents.get(&row.document_id).map(|d| d.content_hash.as_str());
        let subject = self.place(row.subject_id, doc, &row.evidence.text);
        if subject != row.subject_id || self.renamed.contains_key(&subject) {
            if let Some(name) = self.name(subject) {
                row.subject = name;
            }
            row.subject_id = subject;
        }
        if let Some(o) = row.object_id {
            let object = self.place(o, doc, &row.evidence.text);
            if object != o || self.renamed.contains_key(&object) {
                row.object = self.name(object).or(row.object.take());
                row.object_id = Some(object);
            }
        }
    }

    /// Rows with judgements applied: rejected ones left out unless `all`, and facts that a merge
    /// turned into a relation of an entity with itself left out.
    pub fn apply(&self, rows: Vec<FactRow>, all: bool) -> Vec<FactRow> {
        if self.is_empty() {
            return rows;
        }
        rows.into_iter()
            .map(|r| self.judge(r))
            .filter(|f| all || !f.rejected)
            .filter(|f| f.row.object_id != Some(f.row.subject_id))
            .map(|f| f.row)
            .collect()
    }
}
