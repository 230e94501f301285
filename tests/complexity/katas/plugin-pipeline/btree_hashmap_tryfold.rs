// learner: optimal
// idiom: BTreeMap<(order, seq), Box<dyn Transform>> plus HashMap name -> key, iterator chains with try_fold and ?
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

#[derive(Default)]
pub struct Pipeline {
    chain: BTreeMap<(i32, u64), Box<dyn Transform>>,
    by_name: HashMap<String, (i32, u64)>,
    seq: u64,
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

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name().to_string();
        if self.by_name.contains_key(&name) {
            return Err(RegisterError::DuplicateName(name));
        }
        let key = (order, self.seq);
        self.seq += 1;
        self.by_name.insert(name, key);
        self.chain.insert(key, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        self.by_name
            .remove(name)
            .and_then(|key| self.chain.remove(&key))
            .is_some()
    }

    pub fn names(&self) -> Vec<&str> {
        self.chain.values().map(|p| p.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        self.chain.values().enumerate().try_fold(record, |mut rec, (position, plugin)| {
            plugin.apply(&mut rec).map_err(|message| PipelineError {
                plugin: plugin.name().to_string(),
                position,
                message,
            })?;
            Ok(rec)
        })
    }
}
