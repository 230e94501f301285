// learner: optimal
// idiom: Chapel-style slot arena Vec<Option<Box<dyn Transform>>> with free-slot list, BTreeMap order index over slot ids, HashMap name -> slot
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
    slots: Vec<Option<Box<dyn Transform>>>,
    slot_key: Vec<(i32, u64)>,
    free: Vec<usize>,
    order_index: BTreeMap<(i32, u64), usize>,
    name_slot: HashMap<String, usize>,
    ticket: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.order_index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order_index.len() == 0
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if self.name_slot.contains_key(plugin.name()) {
            return Err(RegisterError::DuplicateName(String::from(plugin.name())));
        }
        let key = (order, self.ticket);
        self.ticket += 1;
        let name = String::from(plugin.name());
        let slot;
        if let Some(s) = self.free.pop() {
            slot = s;
            self.slots[s] = Some(plugin);
            self.slot_key[s] = key;
        } else {
            slot = self.slots.len();
            self.slots.push(Some(plugin));
            self.slot_key.push(key);
        }
        self.order_index.insert(key, slot);
        self.name_slot.insert(name, slot);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let slot = match self.name_slot.remove(name) {
            Some(s) => s,
            None => return false,
        };
        self.order_index.remove(&self.slot_key[slot]);
        self.slots[slot] = None;
        self.free.push(slot);
        true
    }

    pub fn names(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::with_capacity(self.order_index.len());
        for (_, &s) in self.order_index.iter() {
            out.push(self.slots[s].as_ref().unwrap().name());
        }
        out
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut rec = record;
        let mut pos: usize = 0;
        for (_, &s) in self.order_index.iter() {
            let p = self.slots[s].as_ref().unwrap();
            if let Err(message) = p.apply(&mut rec) {
                return Err(PipelineError { plugin: p.name().to_string(), position: pos, message });
            }
            pos += 1;
        }
        Ok(rec)
    }
}
