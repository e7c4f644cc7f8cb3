//! Entities the article implies rather than names: described bodies of fighters ("several
//! Chechen commanders") and branches it announces ("a new chapter in Pakistan").

use super::{DocEntities, DocEntity};
use crate::model::{EntityKind, Span};
use crate::normalize::norm_name;

impl DocEntities {
    /// A body of people the article describes rather than names ("several Chechen and Daghestani
    /// commanders"): a person-kind entity named by the phrase, with and without its quantifier.
    pub fn collective(&mut self, text: &str, whole: (usize, usize), name_start: usize) -> usize {
        let name = text[name_start..whole.1].trim().to_string();
        let key = format!("collective#{}", norm_name(&name));
        let i = self.intern(key, || DocEntity::new(EntityKind::Person, &name));
        let e = &mut self.entities[i];
        for surface in [text[whole.0..whole.1].trim(), name.as_str()] {
            if !e.surfaces.iter().any(|s| s == surface) {
                e.surfaces.push(surface.to_string());
            }
        }
        e.spans.push(Span { start: whole.0, end: whole.1 });
        i
    }

    /// A group the article implies but does not name ("a new chapter in Pakistan").
    pub fn synthetic_group(&mut self, name: &str, parent: usize) -> usize {
        let key = format!("new#group#{}", norm_name(name));
        self.intern(key, || DocEntity {
            parent: Some(parent),
            parent_by_name: true,
            subkind: Some("branch".into()),
            ..DocEntity::new(EntityKind::Group, name)
        })
    }
}
