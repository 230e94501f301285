// learner: optimal
// idiom: Ord-derived Key record (order, stamp), BTreeMap<String, Key> as the name index, explicit match-based case analysis in run
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


/// Execution key: lexicographic on (order, stamp); derive gives exactly that order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Key {
    order: i32,
    stamp: u64,
}

#[derive(Default)]
pub struct Pipeline {
    plugins: BTreeMap<Key, Box<dyn Transform>>,
    index: BTreeMap<String, Key>,
    clock: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.plugins.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        match self.index.get(plugin.name()) {
            Some(_) => Err(RegisterError::DuplicateName(plugin.name().to_owned())),
            None => {
                let key = Key { order, stamp: self.clock };
                self.clock += 1;
                self.index.insert(plugin.name().to_owned(), key);
                self.plugins.insert(key, plugin);
                Ok(())
            }
        }
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.index.remove(name) {
            None => false,
            Some(key) => match self.plugins.remove(&key) {
                Some(_) => true,
                None => unreachable!("index and plugins agree"),
            },
        }
    }

    pub fn names(&self) -> Vec<&str> {
        let mut v = Vec::with_capacity(self.plugins.len());
        for p in self.plugins.values() {
            v.push(p.name());
        }
        v
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut rec = record;
        for (position, plugin) in self.plugins.values().enumerate() {
            match plugin.apply(&mut rec) {
                Ok(()) => continue,
                Err(message) => {
                    return Err(PipelineError { plugin: plugin.name().to_owned(), position, message });
                }
            }
        }
        Ok(rec)
    }
}
