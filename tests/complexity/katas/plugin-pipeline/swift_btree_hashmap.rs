// learner: optimal
// idiom: Swift-style guard early returns, BTreeMap keyed by (order, seq) plus HashMap name -> key, enumerate in run
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
    ordered: BTreeMap<Key, Box<dyn Transform>>,
    by_name: HashMap<String, Key>,
    next_seq: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.ordered.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ordered.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name().to_string();
        if self.by_name.contains_key(&name) {
            return Err(RegisterError::DuplicateName(name));
        }
        let key = (order, self.next_seq);
        self.next_seq += 1;
        self.by_name.insert(name, key);
        self.ordered.insert(key, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let Some(key) = self.by_name.remove(name) else { return false };
        self.ordered.remove(&key);
        true
    }

    pub fn names(&self) -> Vec<&str> {
        self.ordered.values().map(|p| p.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut record = record;
        for (position, plugin) in self.ordered.values().enumerate() {
            guard_applied(plugin.as_ref(), position, &mut record)?;
        }
        Ok(record)
    }
}

fn guard_applied(plugin: &dyn Transform, position: usize, record: &mut Record) -> Result<(), PipelineError> {
    let Err(message) = plugin.apply(record) else { return Ok(()) };
    Err(PipelineError { plugin: plugin.name().to_string(), position, message })
}
