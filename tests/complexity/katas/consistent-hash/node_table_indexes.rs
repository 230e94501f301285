// learner: optimal
// idiom: PowerShell sysadmin: an inventory table (Vec of node names) plus a name->row hashtable, the ring stores row numbers; Get-/Add-/Remove- helper vocabulary, pipeline iterator chains for the lookups
//! A consistent-hash ring with virtual nodes, for partitioning keys across
//! the nodes of a distributed key-value store.

use std::collections::{BTreeMap, HashMap};

/// FNV-1a 64 over the UTF-8 bytes, then MurmurHash3 fmix64.
pub fn hash64(s: &str) -> u64 {
    let fnv = s
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    fmix64(fnv)
}

fn fmix64(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

pub struct Ring {
    vnodes: u32,
    /// the "inventory": row -> node name (None once removed)
    table: Vec<Option<String>>,
    /// name -> row, like a hashtable keyed by ComputerName
    rows: HashMap<String, usize>,
    /// ring position -> row
    ring: BTreeMap<u64, usize>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: if vnodes == 0 { 1 } else { vnodes }, table: Vec::new(), rows: HashMap::new(), ring: BTreeMap::new() }
    }

    fn get_positions<'a>(&self, node: &'a str) -> impl Iterator<Item = u64> + 'a {
        (0..self.vnodes).map(move |i| hash64(&format!("{node}#{i}")))
    }

    fn get_name(&self, row: usize) -> &str {
        self.table[row].as_deref().unwrap_or_default()
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.rows.contains_key(node) {
            return false;
        }
        let row = self.table.len();
        self.table.push(Some(node.to_owned()));
        self.rows.insert(node.to_owned(), row);
        let positions: Vec<u64> = self.get_positions(node).collect();
        for position in positions {
            self.ring.insert(position, row);
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let Some(row) = self.rows.remove(node) else {
            return false;
        };
        for i in 0..self.vnodes {
            self.ring.remove(&hash64(&format!("{node}#{i}")));
        }
        self.table[row] = None;
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.rows.keys().map(String::as_str).collect();
        names.sort_unstable();
        names
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.ring
            .range(h..)
            .next()
            .or_else(|| self.ring.iter().next())
            .map(|(_, &row)| self.get_name(row))
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let mut seen_rows: Vec<usize> = Vec::new();
        for (_, &row) in self.ring.range(h..).chain(self.ring.range(..h)) {
            if seen_rows.len() >= count {
                break;
            }
            if !seen_rows.contains(&row) {
                seen_rows.push(row);
            }
        }
        seen_rows.into_iter().map(|row| self.get_name(row)).collect()
    }
}
