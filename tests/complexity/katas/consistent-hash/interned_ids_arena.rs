// learner: optimal
// idiom: spreadsheet lookup table: node names interned in a Vec "sheet" (INDEX by id), ring as BTreeMap<u64, usize>; fold-based hash helper fns
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, HashMap};

/// Named formula: FNV1A(text)
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// Named formula: FMIX64(h)
fn fmix64(h: u64) -> u64 {
    let h = (h ^ (h >> 33)).wrapping_mul(0xff51_afd7_ed55_8ccd);
    let h = (h ^ (h >> 33)).wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

pub fn hash64(s: &str) -> u64 {
    fmix64(fnv1a(s.as_bytes()))
}

pub struct Ring {
    per_node: u32,
    /// position -> row in `names`
    positions: BTreeMap<u64, usize>,
    /// rows; a removed node leaves a None hole that is reused
    names: Vec<Option<String>>,
    row_of: HashMap<String, usize>,
    free_rows: Vec<usize>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring {
            per_node: if vnodes == 0 { 1 } else { vnodes },
            positions: BTreeMap::new(),
            names: Vec::new(),
            row_of: HashMap::new(),
            free_rows: Vec::new(),
        }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.row_of.contains_key(node) {
            return false;
        }
        let row = match self.free_rows.pop() {
            Some(r) => {
                self.names[r] = Some(node.to_owned());
                r
            }
            None => {
                self.names.push(Some(node.to_owned()));
                self.names.len() - 1
            }
        };
        self.row_of.insert(node.to_owned(), row);
        let mut i = 0;
        while i < self.per_node {
            self.positions.insert(hash64(&format!("{node}#{i}")), row);
            i += 1;
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let Some(row) = self.row_of.remove(node) else {
            return false;
        };
        for i in 0..self.per_node {
            let pos = hash64(&format!("{node}#{i}"));
            if let Some(&owner) = self.positions.get(&pos) {
                if owner == row {
                    self.positions.remove(&pos);
                }
            }
        }
        self.names[row] = None;
        self.free_rows.push(row);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut all: Vec<&str> = self.row_of.keys().map(|s| s.as_str()).collect();
        all.sort_unstable();
        all
    }

    fn name(&self, row: usize) -> &str {
        self.names[row].as_deref().expect("live row")
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        let (_, &row) = match self.positions.range(h..).next() {
            Some(hit) => hit,
            None => self.positions.iter().next()?,
        };
        Some(self.name(row))
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let goal = count.min(self.row_of.len());
        let mut taken = vec![false; self.names.len()];
        let mut out = Vec::new();
        let walk = self.positions.range(h..).chain(self.positions.range(..h));
        for (_, &row) in walk {
            if out.len() == goal {
                break;
            }
            if !taken[row] {
                taken[row] = true;
                out.push(self.name(row));
            }
        }
        out
    }
}
