// learner: optimal
// idiom: MUMPS: ^PLG(ORDER,SEQ)=plugin as a BTreeMap keyed by the subscript pair, plus a "B" cross-reference NAME -> (ORDER,SEQ) in a HashMap; SEQ is a run counter like \$I(^PLG(0))
// why: register/remove are one BTreeMap op O(log p) and one HashMap op O(1) expected; run walks the ordered values once: O(p)

//! An ordered plugin pipeline for client-specific transforms: see README.md.

use std::collections::BTreeMap;
use std::fmt;
use std::collections::HashMap;

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

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    plg: BTreeMap<(i32, u64), Box<dyn Transform>>, // ^PLG(ORDER,SEQ)
    xb: HashMap<String, (i32, u64)>,               // ^PLG("B",NAME)
    seq: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.plg.len()
    }

    pub fn is_empty(&self) -> bool {
        self.plg.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let nm = plugin.name().to_string();
        if self.xb.contains_key(&nm) {
            return Err(RegisterError::DuplicateName(nm));
        }
        self.seq += 1;
        let key = (order, self.seq);
        self.xb.insert(nm, key);
        self.plg.insert(key, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.xb.remove(name) {
            Some(key) => {
                self.plg.remove(&key);
                true
            }
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        self.plg.values().map(|p| p.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut rec = record;
        for (pos, p) in self.plg.values().enumerate() {
            if let Err(msg) = p.apply(&mut rec) {
                return Err(PipelineError { plugin: p.name().to_string(), position: pos, message: msg });
            }
        }
        Ok(rec)
    }
}
