//! `allegiance group NAME`: everything stored about one group, found by any of its names.

use std::process::ExitCode;

use allegiance_store::judged::group_profile;
use allegiance_store::{Judged, PROFILE_LIST_LIMIT};
use anyhow::Result;

use crate::context::Context;
use crate::groups::{find_by_any_name, report_no_group};
use crate::output::{profile, Format};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The group's name or any alias or former name ("ISKP", "Daesh", "Jabhat al-Nusra")
    #[arg(value_name = "NAME")]
    pub name: String,

    /// Also list facts an analyst rejected (marked in their `review`)
    #[arg(long)]
    pub all: bool,

    /// Facts shown per list (leaders, areas, attacks ...): the latest N, with each list's total;
    /// 0 shows every fact
    #[arg(long, value_name = "N", default_value_t = PROFILE_LIST_LIMIT)]
    pub limit: usize,

    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(ctx: &Context, args: &Args) -> Result<ExitCode> {
    let store = ctx.open_store()?;
    let judged = Judged::load(&store)?;
    let found = find_by_any_name(ctx, &args.name, |name| {
        let limit = (args.limit > 0).then_some(args.limit);
        Ok(group_profile(&store, &judged, name, args.all, limit)?)
    })?;
    match found {
        Some(found) => {
            profile::print(&found, args.format)?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            report_no_group(ctx, &args.name);
            Ok(ExitCode::FAILURE)
        }
    }
}
