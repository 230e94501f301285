// learner: slow
// why: Pipeline::register is O(p) time, target O(log p): it binary-searches the slot in a sorted Vec but Vec::insert shifts the tail
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

use std::collections::HashSet;

#[derive(Default)]
pub struct Pipeline {
    seq: u64,
    // kept sorted by (order, seq)
    plugins: Vec<((i32, u64), Box<dyn Transform>)>,
    taken: HashSet<String>,
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
        if !self.taken.insert(plugin.name().to_string()) {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        let key = (order, self.seq);
        self.seq += 1;
        let at = self.plugins.partition_point(|(k, _)| *k < key);
        self.plugins.insert(at, (key, plugin));
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        if !self.taken.remove(name) {
            return false;
        }
        let mut i = 0;
        while i < self.plugins.len() {
            if self.plugins[i].1.name() == name {
                self.plugins.remove(i);
                return true;
            }
            i += 1;
        }
        false
    }

    pub fn names(&self) -> Vec<&str> {
        self.plugins.iter().map(|(_, p)| p.name()).collect()
    }

    pub fn run(&self, mut record: Record) -> Result<Record, PipelineError> {
        for (position, (_, plugin)) in self.plugins.iter().enumerate() {
            plugin.apply(&mut record).map_err(|message| PipelineError {
                plugin: plugin.name().to_string(),
                position,
                message,
            })?;
        }
        Ok(record)
    }
}
