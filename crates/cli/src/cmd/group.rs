//! `allegiance group NAME`: everything stored about one group, found by any of its names.

use std::process::ExitCode;

use allegiance_store::Store;
use anyhow::Result;

use crate::context::Context;
use crate::groups::{find_by_any_name, report_no_group};
use crate::output::{profile, Format};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The group's name or any alias or former name ("ISKP", "Daesh", "Jabhat al-Nusra")
    #[arg(value_name = "NAME")]
    pub name: String,

    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(ctx: &Context, args: &Args) -> Result<ExitCode> {
    let store = ctx.open_store()?;
    match find_by_any_name(ctx, &args.name, |name| Ok(store.group_profile(name)?))? {
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
