//! Shared by the store's tests: articles built by hand (text, entities, facts with evidence spans
//! found in the text), independent of the extractor's rules.
#![allow(dead_code)]

use allegiance_model::{
    Entity, EntityKind, Evidence, Extraction, Fact, FactType, Polarity, Span, When,
};
use allegiance_read::{Document, DocumentHeader};

/// Builds one article: its text, entities and facts, with evidence spans found in the text.
pub struct Article {
    pub doc: Document,
    pub ex: Extraction,
}

impl Article {
    pub fn new(doc: &str, published: &str, text: &str) -> Article {
        Article {
            doc: Document {
                header: DocumentHeader {
                    doc: doc.into(),
                    path: format!("corpus/{doc}"),
                    url: Some(format!("https://news.example/{doc}")),
                    title: Some(format!("Title of {doc}")),
                    publisher: Some("Example News".into()),
                    published: Some(published.into()),
                },
                text: text.into(),
                warnings: vec![],
            },
            ex: Extraction::default(),
        }
    }

    /// An entity; `mentions` are surface forms that occur in the text (spans are found there).
    pub fn entity(
        mut self,
        id: &str,
        kind: EntityKind,
        name: &str,
        kb: Option<&str>,
        mentions: &[&str],
    ) -> Article {
        let spans = mentions
            .iter()
            .flat_map(|m| {
                self.doc
                    .text
                    .match_indices(m)
                    .map(|(i, s)| Span { start: i, end: i + s.len() })
                    .collect::<Vec<_>>()
            })
            .collect();
        self.ex.entities.push(Entity {
            id: id.into(),
            kind,
            name: name.into(),
            mentions: mentions.iter().map(|m| m.to_string()).collect(),
            kb: kb.map(str::to_string),
            former_name: false,
            spans,
        });
        self
    }

    /// The outlet that published it.
    pub fn publisher(mut self, p: &str) -> Article {
        self.doc.header.publisher = Some(p.into());
        self
    }

    pub fn former(mut self) -> Article {
        self.ex.entities.last_mut().unwrap().former_name = true;
        self
    }

    /// A fact whose evidence is the sentence of the text containing `quote`.
    #[allow(clippy::too_many_arguments)]
    pub fn fact(
        mut self,
        t: FactType,
        s: &str,
        o: Option<&str>,
        attrs: serde_json::Value,
        source: Option<&str>,
        when: Option<(&str, Option<&str>)>,
        quote: &str,
    ) -> Article {
        let start =
            self.doc.text.find(quote).unwrap_or_else(|| panic!("{quote:?} not in the text"));
        self.ex.facts.push(Fact {
            fact_type: t,
            subject: s.into(),
            object: o.map(str::to_string),
            attrs: serde_json::from_value(attrs).unwrap(),
            source: source.map(str::to_string),
            polarity: Polarity::Asserted,
            when: when.map(|(a, b)| When {
                start: Some(a.parse().unwrap()),
                end: b.map(|b| b.parse().unwrap()),
            }),
            evidence: Evidence { start, end: start + quote.len(), text: quote.into() },
            rule: None,
        });
        self
    }

    pub fn polarity(mut self, p: Polarity) -> Article {
        self.ex.facts.last_mut().unwrap().polarity = p;
        self
    }

    pub fn pair(self) -> (Document, Extraction) {
        (self.doc, self.ex)
    }
}

pub const G: EntityKind = EntityKind::Group;
pub const P: EntityKind = EntityKind::Person;
pub const L: EntityKind = EntityKind::Place;
