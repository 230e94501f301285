// learner: optimal
// idiom: BTreeMap plugins with a BTreeMap name index; run is a `while let` over the values iterator with a manual position counter and `?` on map_err: O(p)
use std::collections::{BTreeMap, HashMap};
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
    plugins: BTreeMap<(i32, u64), Box<dyn Transform>>,
    names: BTreeMap<String, (i32, u64)>,
    next_id: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        use std::collections::btree_map::Entry;
        match self.names.entry(plugin.name().to_string()) {
            Entry::Occupied(e) => Err(RegisterError::DuplicateName(e.key().clone())),
            Entry::Vacant(e) => {
                let key = (order, self.next_id);
                self.next_id += 1;
                e.insert(key);
                self.plugins.insert(key, plugin);
                Ok(())
            }
        }
    }

    pub fn remove(&mut self, name: &str) -> bool {
        self.names
            .remove(name)
            .map(|key| self.plugins.remove(&key))
            .is_some()
    }

    pub fn names(&self) -> Vec<&str> {
        let mut out = Vec::with_capacity(self.plugins.len());
        for p in self.plugins.values() {
            out.push(p.name());
        }
        out
    }

    pub fn run(&self, mut record: Record) -> Result<Record, PipelineError> {
        let mut it = self.plugins.values();
        let mut position = 0;
        while let Some(plugin) = it.next() {
            plugin.apply(&mut record).map_err(|message| PipelineError {
                plugin: plugin.name().to_owned(),
                position,
                message,
            })?;
            position += 1;
        }
        Ok(record)
    }
}
