// learner: optimal
// idiom: q/kdb+ quant: a nested dictionary order -> (seq -> plugin), like a keyed table grouped by order; run flattens it with flat_map and scans with zip 0..
//! An ordered plugin pipeline for client-specific transforms: see README.md.

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
    n: u64,
    by_order: BTreeMap<i32, BTreeMap<u64, Box<dyn Transform>>>,
    at: HashMap<String, (i32, u64)>,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.at.len()
    }

    pub fn is_empty(&self) -> bool {
        self.at.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if let Some((name, _)) = self.at.get_key_value(plugin.name()) {
            return Err(RegisterError::DuplicateName(name.clone()));
        }
        let s = self.n;
        self.n += 1;
        self.at.insert(plugin.name().to_owned(), (order, s));
        self.by_order.entry(order).or_default().insert(s, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let Some((o, s)) = self.at.remove(name) else { return false };
        if let Some(g) = self.by_order.get_mut(&o) {
            g.remove(&s);
            if g.is_empty() {
                self.by_order.remove(&o);
            }
        }
        true
    }

    fn flat(&self) -> impl Iterator<Item = &dyn Transform> {
        self.by_order.values().flat_map(|g| g.values()).map(|b| b.as_ref())
    }

    pub fn names(&self) -> Vec<&str> {
        self.flat().map(|p| p.name()).collect()
    }

    pub fn run(&self, mut record: Record) -> Result<Record, PipelineError> {
        match (0..).zip(self.flat()).find_map(|(i, p)| p.apply(&mut record).err().map(|m| (i, p, m))) {
            Some((position, p, message)) => Err(PipelineError { plugin: p.name().to_owned(), position, message }),
            None => Ok(record),
        }
    }
}
