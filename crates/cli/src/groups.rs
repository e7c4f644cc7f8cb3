//! Finding a stored group by any name: the names articles used, else any knowledge-base alias of
//! a group ("Daesh" names the Islamic State even if no article said it).

use allegiance_kb::EntityKind;
use allegiance_store::{AnyStore, EntityRow, Store};
use anyhow::Result;

use crate::context::Context;

/// The first thing `find` finds for `name` itself, else for the id of each knowledge-base group
/// that `name` is a name of. The knowledge base is loaded only when `name` itself finds nothing.
pub fn find_by_any_name<T>(
    ctx: &Context,
    name: &str,
    mut find: impl FnMut(&str) -> Result<Option<T>>,
) -> Result<Option<T>> {
    if let Some(found) = find(name)? {
        return Ok(Some(found));
    }
    let kb = ctx.load_kb()?;
    for entry in kb.lookup(name) {
        if entry.kind == EntityKind::Group {
            if let Some(found) = find(&entry.id)? {
                return Ok(Some(found));
            }
        }
    }
    Ok(None)
}

/// The stored group a name stands for.
pub fn find_group(ctx: &Context, store: &AnyStore, name: &str) -> Result<Option<EntityRow>> {
    find_by_any_name(ctx, name, |n| Ok(store.find_group(n)?))
}

/// Says on stderr that no stored group goes by `name`.
pub fn report_no_group(ctx: &Context, name: &str) {
    eprintln!("allegiance: no group called `{name}` in {}", ctx.db_shown());
}
