// learner: optimal
// idiom: q/kdb+ quant: a sorted dictionary keyed by (order; seq) holding the plugins, a hash index name -> key, and run as one try_fold over the enumerated values
//! An ordered plugin pipeline for client-specific transforms: see README.md.

use std::collections::BTreeMap;
use std::fmt;

pub type Record = BTreeMap<String, String>;

pub trait Transform {
    fn name(&self) -> &str;
    fn apply(&self, record: &mut Record) -> Result<(), String>;
}

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

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegisterError {
    DuplicateName(String),
}

use std::collections::HashMap;

type Key = (i32, u64);

#[derive(Default)]
pub struct Pipeline {
    seq: u64,
    plugins: BTreeMap<Key, Box<dyn Transform>>,
    keys: HashMap<String, Key>,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.plugins.len()
    }

    pub fn is_empty(&self) -> bool {
        self.plugins.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let n = plugin.name();
        if self.keys.contains_key(n) {
            return Err(RegisterError::DuplicateName(n.to_string()));
        }
        let k = (order, self.seq);
        self.seq += 1;
        self.keys.insert(n.to_string(), k);
        self.plugins.insert(k, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        self.keys.remove(name).and_then(|k| self.plugins.remove(&k)).is_some()
    }

    pub fn names(&self) -> Vec<&str> {
        self.plugins.values().map(|p| p.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        self.plugins.values().enumerate().try_fold(record, |mut r, (position, p)| {
            p.apply(&mut r).map(|()| r).map_err(|message| PipelineError { plugin: p.name().to_string(), position, message })
        })
    }
}
