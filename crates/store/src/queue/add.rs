//! Adding inputs: each JSONL or WARC file is one shard, article files are grouped per folder
//! into shards of at most N files. A path queued before is not queued again.

use super::{Queue, ShardKind};
use crate::sql::{args, Sql};
use crate::sqlite::sql;
use crate::{Result, StoreError};
use allegiance_read::InputFile;
use std::collections::HashSet;
use std::path::Path;

/// A shard to add: its kind and its files, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewShard {
    pub kind: ShardKind,
    pub paths: Vec<String>,
}

/// What [`Queue::add`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Added {
    pub shards: usize,
    /// Input files newly queued.
    pub files: usize,
    /// Input files passed over because they were queued already.
    pub already_queued: usize,
}

/// Groups input files into shards, in the order given: an archive alone, article files of one
/// folder together, at most `files_per_shard` (at least 1) to a shard. Files of a folder that
/// the walk interleaves with other folders' files start a new shard.
pub fn group_into_shards(files: &[(String, bool)], files_per_shard: usize) -> Vec<NewShard> {
    let limit = files_per_shard.max(1);
    let mut shards: Vec<NewShard> = Vec::new();
    let mut open_folder: Option<&Path> = None;
    for (path, archive) in files {
        if *archive {
            shards.push(NewShard { kind: ShardKind::Archive, paths: vec![path.clone()] });
            open_folder = None;
            continue;
        }
        let folder = Path::new(path).parent();
        let joins = match (shards.last(), open_folder) {
            (Some(last), Some(open)) => {
                last.kind == ShardKind::Files && last.paths.len() < limit && Some(open) == folder
            }
            _ => false,
        };
        match shards.last_mut() {
            Some(last) if joins => last.paths.push(path.clone()),
            _ => shards.push(NewShard { kind: ShardKind::Files, paths: vec![path.clone()] }),
        }
        open_folder = folder;
    }
    shards
}

impl Queue {
    /// Queues `files` (as [`allegiance_read::input_files`] found them; their paths should be
    /// absolute, for workers on other machines read them through the same mount), leaving out
    /// those queued before, in shards of at most `files_per_shard` article files. One
    /// transaction: two processes adding the same files queue each once.
    pub fn add(&self, files: &[InputFile], files_per_shard: usize) -> Result<Added> {
        let name = &self.name;
        let mut texts = Vec::with_capacity(files.len());
        for f in files {
            let text = f.path.to_str().ok_or_else(|| StoreError::Database {
                context: format!("{name}: queueing {}", f.path.display()),
                source: crate::sql::DbError::Column {
                    column: "path".into(),
                    message: "the path is not UTF-8, which the queue cannot hold".into(),
                },
            })?;
            texts.push((text.to_string(), f.archive));
        }
        self.conn.begin_write().map_err(sql(format!("{name}: locking the queue")))?;
        let added = self.add_locked(&texts, files_per_shard);
        match added {
            Ok(added) => {
                self.conn.commit().map_err(sql(format!("{name}: committing the queue")))?;
                Ok(added)
            }
            Err(e) => {
                let _ = self.conn.rollback();
                Err(e)
            }
        }
    }

    fn add_locked(&self, files: &[(String, bool)], files_per_shard: usize) -> Result<Added> {
        let name = &self.name;
        let queued: HashSet<String> = self
            .conn
            .rows("SELECT path FROM queue_inputs", &[])
            .map_err(sql(format!("{name}: reading the queue")))?
            .iter()
            .map(|r| r.get::<String>(0))
            .collect::<std::result::Result<_, _>>()
            .map_err(sql(format!("{name}: reading the queue")))?;
        let mut seen = HashSet::new();
        let new: Vec<(String, bool)> = files
            .iter()
            .filter(|(p, _)| !queued.contains(p) && seen.insert(p.as_str()))
            .cloned()
            .collect();
        let mut added = Added { already_queued: files.len() - new.len(), ..Added::default() };
        for shard in group_into_shards(&new, files_per_shard) {
            let id = self
                .conn
                .insert_id(
                    "INSERT INTO queue_shards (kind) VALUES (?1)",
                    args![shard.kind.as_str()],
                )
                .map_err(sql(format!("{name}: adding a shard")))?;
            for (position, path) in shard.paths.iter().enumerate() {
                self.conn
                    .exec(
                        "INSERT INTO queue_inputs (path, shard_id, position) VALUES (?1, ?2, ?3)",
                        args![path, id, position],
                    )
                    .map_err(sql(format!("{name}: queueing {path}")))?;
            }
            added.shards += 1;
            added.files += shard.paths.len();
        }
        Ok(added)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(list: &[(&str, bool)]) -> Vec<(String, bool)> {
        list.iter().map(|(p, a)| (p.to_string(), *a)).collect()
    }

    #[test]
    fn archives_stand_alone_and_article_files_are_grouped_per_folder() {
        let shards = group_into_shards(
            &files(&[
                ("/in/a/1.txt", false),
                ("/in/a/2.txt", false),
                ("/in/a/3.html", false),
                ("/in/b/1.txt", false),
                ("/in/feed.jsonl.gz", true),
                ("/in/z/1.txt", false),
            ]),
            2,
        );
        let got: Vec<(ShardKind, Vec<&str>)> =
            shards.iter().map(|s| (s.kind, s.paths.iter().map(String::as_str).collect())).collect();
        assert_eq!(
            got,
            vec![
                (ShardKind::Files, vec!["/in/a/1.txt", "/in/a/2.txt"]),
                (ShardKind::Files, vec!["/in/a/3.html"]),
                (ShardKind::Files, vec!["/in/b/1.txt"]),
                (ShardKind::Archive, vec!["/in/feed.jsonl.gz"]),
                (ShardKind::Files, vec!["/in/z/1.txt"]),
            ]
        );
        assert_eq!(group_into_shards(&files(&[("/x/1.txt", false)]), 0).len(), 1);
    }
}
