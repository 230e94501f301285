// learner: optimal
// idiom: PureScript-ish: BTreeMap keyed by (order, seq) plus HashMap name -> key; run is a try_fold over the ordered values with map_err
use std::collections::HashMap;
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

type Key = (i32, u64);

#[derive(Default)]
pub struct Pipeline {
    plugins: BTreeMap<Key, Box<dyn Transform>>,
    keys: HashMap<String, Key>,
    seq: u64,
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
        let name = plugin.name().to_owned();
        if self.keys.contains_key(&name) {
            return Err(RegisterError::DuplicateName(name));
        }
        let key = (order, self.seq);
        self.seq += 1;
        self.keys.insert(name, key);
        self.plugins.insert(key, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        self.keys
            .remove(name)
            .and_then(|key| self.plugins.remove(&key))
            .is_some()
    }

    pub fn names(&self) -> Vec<&str> {
        self.plugins.values().map(|p| p.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        self.plugins.values().enumerate().try_fold(record, |mut rec, (position, plugin)| {
            plugin
                .apply(&mut rec)
                .map(|()| rec)
                .map_err(|message| PipelineError { plugin: plugin.name().to_owned(), position, message })
        })
    }
}
