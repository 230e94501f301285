// learner: optimal
// idiom: student: two BTreeMaps (name index is a BTreeMap too), explicit for loop with a manual position counter and match in run
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
    run_order: BTreeMap<(i32, usize), Box<dyn Transform>>,
    names: BTreeMap<String, (i32, usize)>,
    counter: usize,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.len() == 0
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name().to_owned();
        if self.names.get(&name).is_some() {
            Err(RegisterError::DuplicateName(name))
        } else {
            let key = (order, self.counter);
            self.counter = self.counter + 1;
            self.names.insert(name, key);
            self.run_order.insert(key, plugin);
            Ok(())
        }
    }

    pub fn remove(&mut self, name: &str) -> bool {
        if let Some(key) = self.names.remove(name) {
            self.run_order.remove(&key);
            true
        } else {
            false
        }
    }

    pub fn names(&self) -> Vec<&str> {
        let mut v = Vec::with_capacity(self.run_order.len());
        for p in self.run_order.values() {
            v.push(p.name());
        }
        v
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut rec = record;
        let mut pos = 0;
        for p in self.run_order.values() {
            match p.apply(&mut rec) {
                Ok(()) => {}
                Err(msg) => {
                    return Err(PipelineError { plugin: p.name().to_owned(), position: pos, message: msg });
                }
            }
            pos += 1;
        }
        Ok(rec)
    }
}
