//! The `kata` command line. Errors are one clear sentence plus a hint; exit
//! codes: 0 everything passed, 1 a kata failed, 2 usage or configuration.

mod check;
mod commands;
mod doctor;
mod estimate;
mod list;
mod new;
mod output;
mod prove;
mod prove_corpus;
mod report;
mod verify;
mod watch;

use crate::catalog::{Kata, Pack};
use crate::practice::Workspace;
use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "kata",
    version,
    about = "A kata trainer that lives in your editor: practise Rust katas with structural checks, tests and complexity feedback."
)]
pub struct Cli {
    /// Use the kata pack in DIR instead of the built-in one.
    #[arg(long, global = true, env = "KATA_PACK", value_name = "DIR")]
    pack: Option<PathBuf>,
    /// The practice workspace (default: the one containing the current directory).
    #[arg(long, global = true, env = "KATA_WORKSPACE", value_name = "DIR")]
    workspace: Option<PathBuf>,
    /// Colour: `auto` (a terminal, unless NO_COLOR is set; CLICOLOR_FORCE
    /// forces it), `always` or `never`.
    #[arg(long, global = true, value_enum, default_value_t = clap::ColorChoice::Auto, value_name = "WHEN")]
    color: clap::ColorChoice,
    /// Say less: only the verdicts (and errors); no progress bars.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Say more: each step of each check with its timing, and the commands run.
    #[arg(short, long, global = true)]
    verbose: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List the katas with their difficulty, topics and your status.
    List {
        #[arg(long)]
        topic: Option<String>,
        #[arg(long, value_enum)]
        difficulty: Option<Level>,
        #[arg(long, value_enum, default_value_t = ListFormat::Human)]
        format: ListFormat,
        /// Same as `--format json`.
        #[arg(long, hide = true)]
        json: bool,
    },
    /// Create a practice workspace (a Cargo workspace plus `.kata/` state).
    Init {
        #[arg(default_value = ".")]
        dir: PathBuf,
    },
    /// Scaffold a kata as a crate in the practice workspace.
    Start { id: String },
    /// Check katas: syntax, the kata's rules, compile errors and tests.
    Check {
        /// Kata ids or paths inside kata crates (default: the kata of the
        /// current directory, else every started kata).
        targets: Vec<String>,
        /// Check every started kata.
        #[arg(long)]
        all: bool,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Seconds a test may run before it is killed (default: the kata's, else 10).
        #[arg(long, value_name = "SECS")]
        timeout: Option<u64>,
        /// Skip measuring growth once the tests pass (the static estimate
        /// still runs).
        #[arg(long)]
        no_measure: bool,
        /// Check only shard K of N (1-based): the selected katas, sorted by
        /// id, are dealt round-robin, so N jobs together check each once.
        #[arg(long, value_name = "K/N", value_parser = parse_shard)]
        shard: Option<Shard>,
        /// Katas whose tests run at once, and cargo's build jobs (default:
        /// the number of cores). Growth is always measured one kata at a time.
        #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
        jobs: Option<u16>,
    },
    /// The terminal practice loop: check the kata you edit on every save,
    /// on one screen (keys: h hint, n next kata, r re-run, l list, q quit).
    Watch {
        /// The kata to watch first (default: the kata of the current
        /// directory, else the started kata edited last).
        id: Option<String>,
        /// Seconds a test may run before it is killed (default: the kata's, else 10).
        #[arg(long, value_name = "SECS")]
        timeout: Option<u64>,
        /// Skip measuring growth once the tests pass.
        #[arg(long)]
        no_measure: bool,
    },
    /// Work with saved reports: `kata report merge a.json b.json`.
    #[command(subcommand)]
    Report(ReportCommand),
    /// Reveal the next hint of a kata.
    Hint { id: String },
    /// Restore a kata's starter files, backing up yours under `.kata/backups/`.
    Reset { id: String },
    /// Show the reference solution (once solved, or with --reveal).
    Solution {
        id: String,
        /// Reveal it although the kata is not solved (recorded in progress).
        #[arg(long)]
        reveal: bool,
    },
    /// Show what you have solved, started and how many hints you used.
    Progress {
        #[arg(long, value_enum, default_value_t = ListFormat::Human)]
        format: ListFormat,
        /// Same as `--format json`.
        #[arg(long, hide = true)]
        json: bool,
        /// Every topic (by default: the totals, each difficulty, and the
        /// topics that need work).
        #[arg(long)]
        all: bool,
    },
    /// Validate a kata pack: files, kata.toml, queries, starter, reference,
    /// naive, and their complexity against the targets.
    Verify {
        /// Only these katas (default: all).
        ids: Vec<String>,
        #[arg(long, value_name = "SECS")]
        timeout: Option<u64>,
        /// Also hold each kata to the built-in pack's standard (at least 8
        /// tests, 3 hints, one rule, and a prompt with examples, constraints,
        /// target complexity and follow-up questions).
        #[arg(long)]
        strict: bool,
        /// Skip measuring growth with the katas' probes (static checks only).
        #[arg(long)]
        no_measure: bool,
    },
    /// Report what protects your machine from kata code here (namespaces,
    /// Landlock, limits), and whether cargo, the workspace and the pack are fine.
    Doctor,
    /// The static complexity estimate of every function of a Rust file (any
    /// file, not only a kata's), with its derivation.
    Estimate {
        file: PathBuf,
        /// Only this function (`name` or `Type::method`).
        #[arg(long, value_name = "NAME")]
        item: Option<String>,
        #[arg(long, value_enum, default_value_t = ListFormat::Human)]
        format: ListFormat,
    },
    /// Scaffold a new kata in a pack (`katas/` here by default): every file
    /// with TODOs, for `kata verify` to guide to green.
    New {
        id: String,
        /// The pack to add it to (default: `katas/` in the current directory).
        #[arg(long = "in", value_name = "DIR")]
        dir: Option<PathBuf>,
    },
    /// Print shell completions.
    Completions { shell: clap_complete::Shell },
    /// Run the language server over stdio.
    Lsp,
    /// Prove the complexity feedback on the pack: static estimates of the
    /// reference and naive solutions against the targets, and measured growth.
    Prove {
        /// Only these katas (default: all).
        ids: Vec<String>,
        /// Repeat each measured check N times.
        #[arg(long, default_value_t = 1, value_name = "N")]
        repeat: usize,
        /// Only the static estimates (no cargo).
        #[arg(long = "static")]
        static_only: bool,
        /// Keep the other core busy while measuring.
        #[arg(long)]
        busy: bool,
        /// Where to build (default: a `kata-prove` directory in the system temp dir).
        #[arg(long, value_name = "DIR")]
        scratch: Option<PathBuf>,
        /// Judge a learner corpus instead (`DIR/<kata-id>/*.rs`, each with a
        /// `// learner: optimal|slow` header): precision and recall per kata
        /// of the verdict `kata check` gives (with --static: of the static
        /// feedback alone).
        #[arg(long, value_name = "DIR", conflicts_with_all = ["repeat", "busy"])]
        corpus: Option<PathBuf>,
    },
}

#[derive(Subcommand, Debug)]
enum ReportCommand {
    /// Merge JSON reports (`kata check --format json`, e.g. of the shards of
    /// a CI matrix) into one report in any format.
    Merge {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
}

/// `--shard K/N`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Shard {
    pub index: usize,
    pub count: usize,
}

fn parse_shard(s: &str) -> Result<Shard, String> {
    let (k, n) = s
        .split_once('/')
        .ok_or_else(|| format!("`{s}` is not K/N (e.g. 2/4)"))?;
    let index: usize = k
        .trim()
        .parse()
        .map_err(|_| format!("`{k}` is not a number"))?;
    let count: usize = n
        .trim()
        .parse()
        .map_err(|_| format!("`{n}` is not a number"))?;
    if count == 0 || index == 0 || index > count {
        return Err(format!("shard {index}/{count}: K must be between 1 and N"));
    }
    Ok(Shard { index, count })
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Level {
    Easy,
    Medium,
    Hard,
}

impl Level {
    fn as_str(self) -> &'static str {
        match self {
            Level::Easy => "easy",
            Level::Medium => "medium",
            Level::Hard => "hard",
        }
    }
}

/// Output of `list` and `progress`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Human,
    Json,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
    Junit,
    Sarif,
    Github,
}

/// A failure the user can fix: what went wrong and what to do.
#[derive(Debug)]
pub struct CliError {
    pub message: String,
    pub hint: Option<String>,
}

impl CliError {
    pub fn new(message: impl Into<String>) -> CliError {
        CliError {
            message: message.into(),
            hint: None,
        }
    }
    pub fn hint(mut self, hint: impl Into<String>) -> CliError {
        self.hint = Some(hint.into());
        self
    }
}

impl From<anyhow::Error> for CliError {
    fn from(e: anyhow::Error) -> Self {
        CliError::new(e.to_string())
    }
}

impl From<crate::practice::PracticeError> for CliError {
    fn from(e: crate::practice::PracticeError) -> Self {
        use crate::practice::PracticeError;
        match e {
            PracticeError::NoWorkspace(_) => CliError::new(e.to_string()).hint(
                "create one with `kata init DIR` and run kata inside it, or pass --workspace DIR",
            ),
            PracticeError::Io { ref source, .. }
                if source.kind() == std::io::ErrorKind::PermissionDenied =>
            {
                CliError::new(e.to_string())
                    .hint("the directory is not writable; choose another one")
            }
            other => CliError::new(other.to_string()),
        }
    }
}

pub type CliResult<T = ExitCode> = Result<T, CliError>;

/// Shared state of one invocation: the pack and, lazily, the workspace.
pub struct Context {
    pub pack: Pack,
    workspace_flag: Option<PathBuf>,
}

impl Context {
    fn new(pack_dir: Option<PathBuf>, workspace_flag: Option<PathBuf>) -> CliResult<Context> {
        let pack = Pack::load(pack_dir.as_deref()).map_err(|e| {
            CliError::new(e.to_string())
                .hint("pass an existing pack directory with --pack or KATA_PACK")
        })?;
        for error in &pack.errors {
            eprintln!("warning: {error} (this kata is skipped)");
        }
        Ok(Context {
            pack,
            workspace_flag,
        })
    }

    pub fn workspace(&self) -> CliResult<Workspace> {
        let start = match &self.workspace_flag {
            Some(dir) => dir.clone(),
            None => std::env::current_dir()
                .map_err(|e| CliError::new(format!("cannot read the current directory: {e}")))?,
        };
        Ok(Workspace::discover(&start)?)
    }

    pub fn kata(&self, id: &str) -> CliResult<&Kata> {
        self.pack.get(id).ok_or_else(|| {
            // A kata of the pack that did not load: say why, not "no kata".
            let sep = std::path::MAIN_SEPARATOR;
            if let Some(error) = self.pack.errors.iter().find(|e| {
                e.path.contains(&format!("{sep}{id}{sep}"))
                    || e.path.ends_with(&format!("{sep}{id}"))
            }) {
                return CliError::new(format!("kata `{id}` did not load: {error}"))
                    .hint("fix the pack (`kata verify --pack DIR` lists every problem)");
            }
            let err = CliError::new(format!(
                "there is no kata `{id}` in the {}",
                self.pack.source
            ));
            match self.pack.closest(id) {
                Some(close) => err.hint(format!(
                    "did you mean `{close}`? `kata list` shows them all"
                )),
                None => err.hint("`kata list` shows them all"),
            }
        })
    }
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    if !matches!(cli.command, Command::Lsp) {
        // `kata list | head` must end quietly, like other command-line tools.
        // SAFETY: resetting a signal disposition at start-up, before threads.
        unsafe { libc::signal(libc::SIGPIPE, libc::SIG_DFL) };
    }
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {}", e.message);
            if let Some(hint) = e.hint {
                eprintln!("hint: {hint}");
            }
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> CliResult {
    match cli.color {
        clap::ColorChoice::Always => anstream::ColorChoice::Always.write_global(),
        clap::ColorChoice::Never => anstream::ColorChoice::Never.write_global(),
        clap::ColorChoice::Auto => {}
    }
    output::set_verbosity(if cli.quiet {
        output::Verbosity::Quiet
    } else if cli.verbose {
        output::Verbosity::Verbose
    } else {
        output::Verbosity::Normal
    });
    crate::runner::process::echo_commands(cli.verbose);
    if let Command::Completions { shell } = cli.command {
        clap_complete::generate(shell, &mut Cli::command(), "kata", &mut std::io::stdout());
        return Ok(ExitCode::SUCCESS);
    }
    if let Command::New { id, dir } = &cli.command {
        // Writes a pack: it need not load one first.
        return new::run(id, dir.as_deref().or(cli.pack.as_deref()));
    }
    if let Command::Estimate { file, item, format } = &cli.command {
        // Any Rust file: no pack or workspace needed.
        return estimate::run(file, item.as_deref(), *format);
    }
    let ctx = Context::new(cli.pack, cli.workspace)?;
    match cli.command {
        Command::List {
            topic,
            difficulty,
            format,
            json,
        } => commands::list(
            &ctx,
            topic,
            difficulty.map(|d| d.as_str().to_string()),
            json || format == ListFormat::Json,
        ),
        Command::Init { dir } => commands::init(&ctx, &dir),
        Command::Start { id } => commands::start(&ctx, &id),
        Command::Check {
            targets,
            all,
            format,
            timeout,
            no_measure,
            shard,
            jobs,
        } => check::run(
            &ctx,
            check::CheckArgs {
                targets,
                all,
                format,
                timeout,
                measure: !no_measure,
                shard,
                jobs: jobs.map(usize::from),
            },
        ),
        Command::Watch {
            id,
            timeout,
            no_measure,
        } => watch::run(
            &ctx,
            watch::WatchArgs {
                id,
                timeout,
                measure: !no_measure,
            },
        ),
        Command::Report(ReportCommand::Merge { files, format }) => report::merge(&files, format),
        Command::Hint { id } => commands::hint(&ctx, &id),
        Command::Reset { id } => commands::reset(&ctx, &id),
        Command::Solution { id, reveal } => commands::solution(&ctx, &id, reveal),
        Command::Progress { format, json, all } => {
            commands::progress(&ctx, json || format == ListFormat::Json, all)
        }
        Command::Verify {
            ids,
            timeout,
            strict,
            no_measure,
        } => verify::run(
            &ctx,
            verify::VerifyArgs {
                ids,
                timeout,
                strict,
                measure: !no_measure,
            },
        ),
        Command::Prove {
            corpus: Some(dir),
            ids,
            static_only,
            scratch,
            ..
        } => prove_corpus::run(
            &ctx,
            &prove_corpus::CorpusArgs {
                dir,
                ids,
                static_only,
                scratch,
            },
        ),
        Command::Prove {
            ids,
            repeat,
            static_only,
            busy,
            scratch,
            corpus: None,
        } => prove::run(
            &ctx,
            prove::ProveArgs {
                ids,
                repeat,
                static_only,
                busy,
                scratch,
            },
        ),
        Command::Doctor => doctor::run(&ctx),
        Command::Completions { .. } | Command::Estimate { .. } | Command::New { .. } => {
            unreachable!("handled above")
        }
        Command::Lsp => crate::lsp::serve(ctx.pack)
            .map(|()| ExitCode::SUCCESS)
            .map_err(CliError::from),
    }
}

/// Checking needs cargo: say so up front, as a configuration error (exit 2),
/// rather than as a failure of every kata.
pub fn require_cargo() -> CliResult<()> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    match std::process::Command::new(&cargo)
        .arg("--version")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
    {
        Ok(status) if status.success() => Ok(()),
        Ok(_) => Err(
            CliError::new(format!("`{} --version` failed", cargo.to_string_lossy()))
                .hint("repair the Rust toolchain, e.g. `rustup update`"),
        ),
        Err(_) => Err(CliError::new("cargo was not found on PATH")
            .hint("install Rust with rustup (https://rustup.rs), then try again")),
    }
}

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a tokio runtime can be created")
}
