// learner: optimal
// idiom: BTreeMap keyed by (order, seq) plus name -> key HashMap; run is a try_fold over enumerate with map_err
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
    by_key: BTreeMap<Key, Box<dyn Transform>>,
    key_of: HashMap<String, Key>,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.by_key.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_key.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name().to_string();
        if self.key_of.contains_key(&name) {
            return Err(RegisterError::DuplicateName(name));
        }
        let key = (order, self.seq);
        self.seq += 1;
        self.key_of.insert(name, key);
        self.by_key.insert(key, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        self.key_of
            .remove(name)
            .and_then(|key| self.by_key.remove(&key))
            .is_some()
    }

    pub fn names(&self) -> Vec<&str> {
        self.by_key.values().map(|p| p.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        self.by_key
            .values()
            .enumerate()
            .try_fold(record, |mut rec, (position, plugin)| {
                plugin
                    .apply(&mut rec)
                    .map(|()| rec)
                    .map_err(|message| PipelineError {
                        plugin: plugin.name().to_string(),
                        position,
                        message,
                    })
            })
    }
}
