// learner: optimal
// idiom: MUMPS: two-level global ^PLG(ORDER)(SEQ)=plugin as BTreeMap<i32, BTreeMap<u64, _>>, KILL the ORDER node when its last SEQ goes; "B" xref in a HashMap; run is a nested \$ORDER walk
// why: register/remove touch one outer and one inner BTreeMap (each O(log p)) plus a HashMap op: O(log p); run visits each plugin once: O(p)

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
    plg: BTreeMap<i32, BTreeMap<u64, Box<dyn Transform>>>,
    xb: HashMap<String, (i32, u64)>,
    nx: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.xb.len()
    }

    pub fn is_empty(&self) -> bool {
        self.xb.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if self.xb.contains_key(plugin.name()) {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        let sq = self.nx;
        self.nx += 1;
        self.xb.insert(plugin.name().to_string(), (order, sq));
        self.plg.entry(order).or_default().insert(sq, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let Some((od, sq)) = self.xb.remove(name) else {
            return false;
        };
        if let Some(sub) = self.plg.get_mut(&od) {
            sub.remove(&sq);
            if sub.is_empty() {
                self.plg.remove(&od); // K ^PLG(ORDER)
            }
        }
        true
    }

    pub fn names(&self) -> Vec<&str> {
        let mut nm = Vec::new();
        for sub in self.plg.values() {
            for p in sub.values() {
                nm.push(p.name());
            }
        }
        nm
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut rc = record;
        let mut pos = 0;
        for sub in self.plg.values() {
            for p in sub.values() {
                if let Err(m) = p.apply(&mut rc) {
                    return Err(PipelineError { plugin: p.name().into(), position: pos, message: m });
                }
                pos += 1;
            }
        }
        Ok(rc)
    }
}
