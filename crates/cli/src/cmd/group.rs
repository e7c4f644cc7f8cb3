//! `allegiance group NAME`: everything stored about one group, found by any of its names.

use std::process::ExitCode;

use allegiance_store::judged::group_profile;
use allegiance_store::Judged;
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

    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(ctx: &Context, args: &Args) -> Result<ExitCode> {
    let store = ctx.open_store()?;
    let judged = Judged::load(&store)?;
    let found = find_by_any_name(ctx, &args.name, |name| {
        Ok(group_profile(&store, &judged, name, args.all)?)
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
