// learner: optimal
// idiom: Nim-style: named Key struct with derived Ord, `result` variables, explicit position counter in a while-let over the values iterator
use std::collections::{BTreeMap, HashMap};
use std::fmt;

/// A record flowing through the pipeline: field name -> value.
pub type Record = BTreeMap<String, String>;

/// One client-specific customisation, kept out of the core code.
pub trait Transform {
    /// A name unique within a pipeline; error messages use it.
    fn name(&self) -> &str;
    /// Transforms the record in place, or explains why it cannot.
    fn apply(&self, record: &mut Record) -> Result<(), String>;
}

/// A plugin failed while running a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PipelineError {
    /// The failing plugin's name.
    pub plugin: String,
    /// Its 0-based position in execution order.
    pub position: usize,
    /// The plugin's own message.
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
    /// A plugin with this name is already registered.
    DuplicateName(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Key {
    order: i32,
    ticket: u64,
}

#[derive(Default)]
pub struct Pipeline {
    chain: BTreeMap<Key, Box<dyn Transform>>,
    index: HashMap<String, Key>,
    next_ticket: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        let result = Pipeline { chain: BTreeMap::new(), index: HashMap::new(), next_ticket: 0 };
        result
    }

    pub fn len(&self) -> usize {
        let result = self.chain.len();
        result
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let mut result: Result<(), RegisterError> = Ok(());
        let taken = self.index.contains_key(plugin.name());
        if taken {
            result = Err(RegisterError::DuplicateName(plugin.name().to_string()));
        } else {
            let key = Key { order, ticket: self.next_ticket };
            self.next_ticket += 1;
            self.index.insert(plugin.name().to_string(), key);
            self.chain.insert(key, plugin);
        }
        result
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let mut result = false;
        if let Some(key) = self.index.remove(name) {
            self.chain.remove(&key);
            result = true;
        }
        result
    }

    pub fn names(&self) -> Vec<&str> {
        let mut result: Vec<&str> = Vec::with_capacity(self.chain.len());
        for p in self.chain.values() {
            result.push(p.name());
        }
        result
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut rec = record;
        let mut pos: usize = 0;
        let mut it = self.chain.values();
        while let Some(p) = it.next() {
            if let Err(msg) = p.apply(&mut rec) {
                let result = Err(PipelineError { plugin: p.name().to_string(), position: pos, message: msg });
                return result;
            }
            pos += 1;
        }
        Ok(rec)
    }
}
