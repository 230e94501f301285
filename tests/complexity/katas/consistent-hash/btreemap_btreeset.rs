// learner: optimal
// idiom: textbook: BTreeMap<u64, String> token->node plus BTreeSet<String>, range(h..).next().or_else(first), for loops with wrapping_mul
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, BTreeSet};

const FNV_OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

pub fn hash64(s: &str) -> u64 {
    let mut h = FNV_OFFSET_BASIS;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h
}

pub struct Ring {
    virtual_nodes_per_node: u32,
    token_owners: BTreeMap<u64, String>,
    member_nodes: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring {
            virtual_nodes_per_node: vnodes.max(1),
            token_owners: BTreeMap::new(),
            member_nodes: BTreeSet::new(),
        }
    }

    fn virtual_node_position(node: &str, index: u32) -> u64 {
        hash64(&format!("{node}#{index}"))
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if !self.member_nodes.insert(node.to_string()) {
            return false;
        }
        for index in 0..self.virtual_nodes_per_node {
            let position = Self::virtual_node_position(node, index);
            self.token_owners.insert(position, node.to_string());
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.member_nodes.remove(node) {
            return false;
        }
        for index in 0..self.virtual_nodes_per_node {
            let position = Self::virtual_node_position(node, index);
            let owned_by_this_node = match self.token_owners.get(&position) {
                Some(owner) => owner == node,
                None => false,
            };
            if owned_by_this_node {
                self.token_owners.remove(&position);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.member_nodes.iter().map(|name| name.as_str()).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let key_position = hash64(key);
        let first_clockwise = self.token_owners.range(key_position..).next();
        let owner_entry = match first_clockwise {
            Some(entry) => Some(entry),
            None => self.token_owners.iter().next(),
        };
        owner_entry.map(|(_, owner)| owner.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let wanted = count.min(self.member_nodes.len());
        let mut replica_nodes: Vec<&str> = Vec::with_capacity(wanted);
        if wanted == 0 {
            return replica_nodes;
        }
        let key_position = hash64(key);
        let clockwise = self.token_owners.range(key_position..).chain(self.token_owners.range(..key_position));
        for (_, owner) in clockwise {
            if !replica_nodes.contains(&owner.as_str()) {
                replica_nodes.push(owner.as_str());
                if replica_nodes.len() == wanted {
                    break;
                }
            }
        }
        replica_nodes
    }
}
