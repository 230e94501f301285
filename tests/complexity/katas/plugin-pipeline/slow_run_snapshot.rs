// learner: slow
// why: Pipeline::run is O(p) space, target O(1): snapshots the plugin list into a Vec<&dyn Transform> for every record before running it
use std::collections::btree_map::Entry;
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

#[derive(Default)]
pub struct Pipeline {
    ordered: BTreeMap<(i32, u64), Box<dyn Transform>>,
    index: BTreeMap<String, (i32, u64)>,
    counter: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let key = (order, self.counter);
        match self.index.entry(plugin.name().to_string()) {
            Entry::Occupied(taken) => Err(RegisterError::DuplicateName(taken.key().clone())),
            Entry::Vacant(slot) => {
                slot.insert(key);
                self.counter += 1;
                self.ordered.insert(key, plugin);
                Ok(())
            }
        }
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.index.remove(name) {
            Some(key) => self.ordered.remove(&key).is_some(),
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        self.ordered.values().map(|b| b.name()).collect()
    }

    pub fn run(&self, mut record: Record) -> Result<Record, PipelineError> {
        let snapshot: Vec<&Box<dyn Transform>> = self.ordered.values().collect();
        for position in 0..snapshot.len() {
            let p = snapshot[position];
            match p.apply(&mut record) {
                Ok(()) => {}
                Err(message) => {
                    return Err(PipelineError { plugin: p.name().into(), position, message });
                }
            }
        }
        Ok(record)
    }
}
