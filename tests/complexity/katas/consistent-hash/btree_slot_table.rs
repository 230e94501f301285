// learner: optimal
// idiom: VBA-style: node names in a slot table (Vec<Option<String>> like a worksheet column), BTreeMap token -> slot number, while loops and temporaries
//! A consistent-hash ring with virtual nodes.

use std::collections::BTreeMap;
use std::collections::HashMap;

pub fn hash64(s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut h: u64 = 0xcbf29ce484222325;
    let mut i = 0;
    while i < bytes.len() {
        h = h ^ (bytes[i] as u64);
        h = h.wrapping_mul(0x100000001b3);
        i = i + 1;
    }
    h = h ^ (h >> 33);
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h = h ^ (h >> 33);
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h = h ^ (h >> 33);
    h
}

pub struct Ring {
    virtual_count: u32,
    position_to_slot: BTreeMap<u64, usize>,
    slot_names: Vec<Option<String>>,
    name_to_slot: HashMap<String, usize>,
    free_slots: Vec<usize>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        let mut how_many = vnodes;
        if how_many == 0 {
            how_many = 1;
        }
        Ring {
            virtual_count: how_many,
            position_to_slot: BTreeMap::new(),
            slot_names: Vec::new(),
            name_to_slot: HashMap::new(),
            free_slots: Vec::new(),
        }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.name_to_slot.contains_key(node) {
            return false;
        }
        let slot_number: usize;
        if self.free_slots.len() > 0 {
            slot_number = self.free_slots.pop().unwrap();
            self.slot_names[slot_number] = Some(node.to_string());
        } else {
            slot_number = self.slot_names.len();
            self.slot_names.push(Some(node.to_string()));
        }
        self.name_to_slot.insert(node.to_string(), slot_number);
        let mut i: u32 = 0;
        while i < self.virtual_count {
            let label = format!("{}#{}", node, i);
            let position = hash64(&label);
            self.position_to_slot.insert(position, slot_number);
            i = i + 1;
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let found = self.name_to_slot.remove(node);
        if found.is_none() {
            return false;
        }
        let slot_number = found.unwrap();
        let mut i: u32 = 0;
        while i < self.virtual_count {
            let label = format!("{}#{}", node, i);
            let position = hash64(&label);
            let owner = self.position_to_slot.get(&position).copied();
            if owner == Some(slot_number) {
                self.position_to_slot.remove(&position);
            }
            i = i + 1;
        }
        self.slot_names[slot_number] = None;
        self.free_slots.push(slot_number);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut list: Vec<&str> = Vec::new();
        let mut s = 0;
        while s < self.slot_names.len() {
            if let Some(name) = &self.slot_names[s] {
                list.push(name.as_str());
            }
            s = s + 1;
        }
        list.sort();
        list
    }

    fn name_of_slot(&self, slot: usize) -> &str {
        self.slot_names[slot].as_deref().expect("slot in use")
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let key_position = hash64(key);
        let mut after = self.position_to_slot.range(key_position..);
        let first_after = after.next();
        if let Some((_, slot)) = first_after {
            return Some(self.name_of_slot(*slot));
        }
        let mut everything = self.position_to_slot.iter();
        let smallest = everything.next();
        if let Some((_, slot)) = smallest {
            return Some(self.name_of_slot(*slot));
        }
        None
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut answer: Vec<&str> = Vec::new();
        let mut limit = count;
        if self.name_to_slot.len() < limit {
            limit = self.name_to_slot.len();
        }
        if limit == 0 {
            return answer;
        }
        let key_position = hash64(key);
        let mut taken_slots: Vec<usize> = Vec::new();
        let walk = self.position_to_slot.range(key_position..).chain(self.position_to_slot.range(..key_position));
        for (_, slot) in walk {
            if !taken_slots.contains(slot) {
                taken_slots.push(*slot);
                answer.push(self.name_of_slot(*slot));
                if answer.len() == limit {
                    break;
                }
            }
        }
        answer
    }
}
