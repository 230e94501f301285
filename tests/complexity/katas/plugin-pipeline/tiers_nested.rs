// learner: optimal
// idiom: embedded-ish: two-level BTreeMap (order -> ticket -> plugin) with u32 tickets and counters, nested for loops in run and names, empty tiers dropped on remove
//! An ordered plugin pipeline for client-specific transforms: see README.md.

use std::collections::BTreeMap;
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

use std::collections::HashMap;

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    // order -> (registration ticket -> plugin)
    tiers: BTreeMap<i32, BTreeMap<u32, Box<dyn Transform>>>,
    index: HashMap<String, (i32, u32)>,
    ticket: u32,
    count: u32,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.count as usize
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if self.index.contains_key(plugin.name()) {
            return Err(RegisterError::DuplicateName(plugin.name().to_owned()));
        }
        let t = self.ticket;
        self.ticket = self.ticket.wrapping_add(1);
        self.index.insert(plugin.name().to_owned(), (order, t));
        self.tiers.entry(order).or_default().insert(t, plugin);
        self.count += 1;
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let Some((order, t)) = self.index.remove(name) else { return false };
        let tier = self.tiers.get_mut(&order).expect("indexed tier exists");
        tier.remove(&t);
        if tier.is_empty() {
            self.tiers.remove(&order);
        }
        self.count -= 1;
        true
    }

    pub fn names(&self) -> Vec<&str> {
        let mut v: Vec<&str> = Vec::new();
        for tier in self.tiers.values() {
            for p in tier.values() {
                v.push(p.name());
            }
        }
        v
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut rec = record;
        let mut i: usize = 0;
        for tier in self.tiers.values() {
            for p in tier.values() {
                match p.apply(&mut rec) {
                    Ok(()) => i += 1,
                    Err(message) => {
                        return Err(PipelineError { plugin: p.name().to_owned(), position: i, message });
                    }
                }
            }
        }
        Ok(rec)
    }
}
