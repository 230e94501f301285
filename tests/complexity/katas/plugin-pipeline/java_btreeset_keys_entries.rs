// learner: optimal
// idiom: Java-ish: BTreeSet of PluginKey (order, id) for ordering, HashMap<u64, PluginEntry> storage and HashMap<String, PluginKey> name index, match-heavy run with a manual position counter
#![allow(non_snake_case)]
use std::collections::{BTreeSet, HashMap};
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct PluginKey {
    order: i32,
    id: u64,
}

impl PluginKey {
    fn getId(&self) -> u64 {
        self.id
    }
}

struct PluginEntry {
    plugin: Box<dyn Transform>,
}

impl PluginEntry {
    fn getPlugin(&self) -> &dyn Transform {
        self.plugin.as_ref()
    }
}

#[derive(Default)]
pub struct Pipeline {
    executionOrder: BTreeSet<PluginKey>,
    entries: HashMap<u64, PluginEntry>,
    nameIndex: HashMap<String, PluginKey>,
    nextId: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if self.nameIndex.contains_key(plugin.name()) {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        let key = PluginKey { order: order, id: self.nextId };
        self.nextId += 1;
        self.nameIndex.insert(plugin.name().to_string(), key);
        self.executionOrder.insert(key);
        self.entries.insert(key.getId(), PluginEntry { plugin: plugin });
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.nameIndex.remove(name) {
            None => false,
            Some(key) => {
                self.executionOrder.remove(&key);
                self.entries.remove(&key.getId());
                true
            }
        }
    }

    fn getEntry(&self, key: &PluginKey) -> &PluginEntry {
        &self.entries[&key.getId()]
    }

    pub fn names(&self) -> Vec<&str> {
        let mut list = Vec::with_capacity(self.len());
        for key in &self.executionOrder {
            list.push(self.getEntry(key).getPlugin().name());
        }
        list
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut data = record;
        let mut position = 0usize;
        for key in self.executionOrder.iter() {
            let plugin = self.getEntry(key).getPlugin();
            match plugin.apply(&mut data) {
                Ok(()) => {}
                Err(message) => {
                    return Err(PipelineError {
                        plugin: plugin.name().to_string(),
                        position,
                        message,
                    })
                }
            }
            position += 1;
        }
        Ok(data)
    }
}
