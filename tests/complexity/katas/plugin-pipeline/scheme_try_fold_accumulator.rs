// learner: optimal
// idiom: Scheme-teacher style: run as a try_fold threading the record as accumulator, tiny helpers (fresh-key, blame), name index in a HashMap
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
    where_is: HashMap<String, (i32, u64)>,
    tickets_issued: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.chain.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn fresh_key(&mut self, order: i32) -> (i32, u64) {
        self.tickets_issued += 1;
        (order, self.tickets_issued)
    }

    fn name_taken(&self, name: &str) -> bool {
        self.where_is.contains_key(name)
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if self.name_taken(plugin.name()) {
            Err(RegisterError::DuplicateName(plugin.name().to_owned()))
        } else {
            let key = self.fresh_key(order);
            self.where_is.insert(plugin.name().to_owned(), key);
            self.chain.insert(key, plugin);
            Ok(())
        }
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.where_is.remove(name) {
            Some(key) => self.chain.remove(&key).is_some(),
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        self.chain.values().map(|plugin| plugin.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        self.chain
            .values()
            .enumerate()
            .try_fold(record, |rec, (position, plugin)| apply_one(plugin.as_ref(), position, rec))
    }
}

/// Applies one plugin to the record, returning the record or the blame.
fn apply_one(plugin: &dyn Transform, position: usize, mut rec: Record) -> Result<Record, PipelineError> {
    plugin
        .apply(&mut rec)
        .map(|()| rec)
        .map_err(|message| blame(plugin, position, message))
}

fn blame(plugin: &dyn Transform, position: usize, message: String) -> PipelineError {
    PipelineError { plugin: plugin.name().to_owned(), position, message }
}
