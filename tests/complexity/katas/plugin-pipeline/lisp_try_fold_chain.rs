// learner: optimal
// idiom: Lisp-style: ordered map as the environment, try_fold threading the record through enumerate()d plugins, small closures for keys and errors
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

fn blame(position: usize, p: &dyn Transform, message: String) -> PipelineError {
    PipelineError { plugin: p.name().to_owned(), position, message }
}

#[derive(Default)]
pub struct Pipeline {
    chain: BTreeMap<Key, Box<dyn Transform>>,
    index: HashMap<String, Key>,
    tick: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.chain.len()
    }

    pub fn is_empty(&self) -> bool {
        self.chain.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name();
        if self.index.contains_key(name) {
            return Err(RegisterError::DuplicateName(name.to_owned()));
        }
        let key = (order, self.tick);
        self.tick += 1;
        self.index.insert(name.to_owned(), key);
        self.chain.insert(key, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        self.index
            .remove(name)
            .and_then(|k| self.chain.remove(&k))
            .is_some()
    }

    pub fn names(&self) -> Vec<&str> {
        self.chain.values().map(|p| p.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        self.chain
            .values()
            .enumerate()
            .try_fold(record, |mut rec, (pos, p)| {
                p.apply(&mut rec).map_err(|m| blame(pos, p.as_ref(), m))?;
                Ok(rec)
            })
    }
}
