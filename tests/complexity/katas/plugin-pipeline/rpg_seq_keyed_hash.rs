// learner: optimal
// idiom: RPG IV: three access paths like three logicals: an ordered key set (BTreeSet), plugins by sequence number and sequence number by name (HashMaps)
// The ordered set carries only the keys (order, seq#); the plugin itself is
// fetched by seq# the way I would CHAIN to the detail file from a key list.

use std::collections::BTreeMap;
use std::collections::BTreeSet;
use std::collections::HashMap;
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
    ks_order: BTreeSet<(i32, u64)>,
    pf_detail: HashMap<u64, Box<dyn Transform>>,
    lf_name: HashMap<String, (i32, u64)>,
    nx_seq: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.ks_order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let w_name = plugin.name();
        if self.lf_name.get(w_name).is_some() {
            return Err(RegisterError::DuplicateName(w_name.to_string()));
        }
        let w_seq = self.nx_seq;
        self.nx_seq = self.nx_seq + 1;
        self.lf_name.insert(w_name.to_string(), (order, w_seq));
        self.ks_order.insert((order, w_seq));
        self.pf_detail.insert(w_seq, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let w_key = self.lf_name.remove(name);
        if w_key.is_none() {
            return false;
        }
        let (w_order, w_seq) = w_key.unwrap();
        self.ks_order.remove(&(w_order, w_seq));
        self.pf_detail.remove(&w_seq);
        true
    }

    pub fn names(&self) -> Vec<&str> {
        let mut w_out = Vec::new();
        for (_, w_seq) in &self.ks_order {
            w_out.push(self.pf_detail[w_seq].name());
        }
        w_out
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut w_rec = record;
        for (w_pos, (_, w_seq)) in self.ks_order.iter().enumerate() {
            let w_plg = &self.pf_detail[w_seq];
            match w_plg.apply(&mut w_rec) {
                Ok(()) => {}
                Err(w_msg) => {
                    return Err(PipelineError {
                        plugin: w_plg.name().to_string(),
                        position: w_pos,
                        message: w_msg,
                    })
                }
            }
        }
        Ok(w_rec)
    }
}
