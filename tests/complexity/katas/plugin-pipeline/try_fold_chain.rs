// learner: optimal
// idiom: Lisp Machine nostalgic: a sorted map of entries (a little "plist" struct per plugin), name lookup through a BTreeMap symbol table, and run as a try_fold threading the record
//! An ordered plugin pipeline for client-specific transforms: see README.md.
use std::collections::BTreeMap;
use std::fmt;

/// A record flowing through the pipeline: field name -> value.
pub type Record = BTreeMap<String, String>;

/// One client-specific customisation, kept out of the core code.
pub trait Transform {
    fn name(&self) -> &str;
    fn apply(&self, record: &mut Record) -> Result<(), String>;
}

/// A plugin failed while running a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PipelineError {
    pub plugin: String,
    pub position: usize,
    pub message: String,
}

impl fmt::Display for PipelineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "plugin #{} `{}` failed: {}", self.position, self.plugin, self.message)
    }
}

impl std::error::Error for PipelineError {}

/// Why a plugin could not be registered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegisterError {
    DuplicateName(String),
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Slot {
    order: i32,
    gensym: u64,
}

#[derive(Default)]
pub struct Pipeline {
    chain: BTreeMap<Slot, Box<dyn Transform>>,
    symbols: BTreeMap<String, Slot>,
    counter: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.chain.len()
    }

    pub fn is_empty(&self) -> bool {
        self.chain.is_empty()
    }

    fn gensym(&mut self) -> u64 {
        self.counter += 1;
        self.counter
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if self.symbols.contains_key(plugin.name()) {
            return Err(RegisterError::DuplicateName(plugin.name().to_owned()));
        }
        let slot = Slot { order, gensym: self.gensym() };
        self.symbols.insert(plugin.name().to_owned(), slot);
        self.chain.insert(slot, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        self.symbols
            .remove(name)
            .and_then(|slot| self.chain.remove(&slot))
            .is_some()
    }

    pub fn names(&self) -> Vec<&str> {
        self.chain.values().map(|p| p.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        self.chain
            .values()
            .enumerate()
            .try_fold(record, |mut rec, (position, plugin)| {
                plugin.apply(&mut rec).map(|()| rec).map_err(|message| PipelineError {
                    plugin: plugin.name().to_owned(),
                    position,
                    message,
                })
            })
    }
}
