// learner: optimal
// idiom: REXX: connections as a numbered stem CONN.0 .. CONN.n (Vec<Option<..>> indexed by id, ids are never reused), topic index as a HashMap
// why: publish visits the topic's subscriber set only, subscribe/unsubscribe are O(1) set ops, disconnect walks the connection's own topics

/* REXX-style: CONN.i is '' (gone) or a record; ids count up like a stem counter. */

use std::collections::{HashMap, HashSet};

pub type ConnId = u64;

#[derive(Debug)]
struct ConnEntry {
    topic_set: HashSet<String>,
    pending: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conn_slots: Vec<Option<ConnEntry>>, // CONN.id
    topic_members: HashMap<String, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    fn slot_mut(&mut self, conn: ConnId) -> Option<&mut ConnEntry> {
        let idx = usize::try_from(conn).ok()?;
        self.conn_slots.get_mut(idx)?.as_mut()
    }

    pub fn connect(&mut self) -> ConnId {
        let new_id = self.next_id;
        self.next_id += 1;
        self.conn_slots.push(Some(ConnEntry { topic_set: HashSet::new(), pending: Vec::new() }));
        new_id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        match usize::try_from(conn) {
            Ok(idx) => matches!(self.conn_slots.get(idx), Some(Some(_))),
            Err(_) => false,
        }
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let added = match self.slot_mut(conn) {
            Some(entry) => entry.topic_set.insert(topic.to_owned()),
            None => false,
        };
        if added {
            self.topic_members.entry(topic.to_owned()).or_default().insert(conn);
        }
        added
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = match self.slot_mut(conn) {
            Some(entry) => entry.topic_set.remove(topic),
            None => false,
        };
        if removed {
            let last_one = match self.topic_members.get_mut(topic) {
                Some(members) => {
                    members.remove(&conn);
                    members.is_empty()
                }
                None => false,
            };
            if last_one {
                self.topic_members.remove(topic);
            }
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let Ok(idx) = usize::try_from(conn) else {
            return false;
        };
        let Some(slot) = self.conn_slots.get_mut(idx) else {
            return false;
        };
        let Some(entry) = slot.take() else {
            return false;
        };
        for topic_name in entry.topic_set {
            let last_one = match self.topic_members.get_mut(&topic_name) {
                Some(members) => {
                    members.remove(&conn);
                    members.is_empty()
                }
                None => false,
            };
            if last_one {
                self.topic_members.remove(&topic_name);
            }
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(members) = self.topic_members.get(topic) else {
            return 0;
        };
        let mut sent_count = 0;
        for &member in members {
            if let Some(Some(entry)) = self.conn_slots.get_mut(member as usize) {
                entry.pending.push(msg.to_owned());
                sent_count += 1;
            }
        }
        sent_count
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.slot_mut(conn) {
            Some(entry) => std::mem::take(&mut entry.pending),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut out_ids = Vec::new();
        if let Some(members) = self.topic_members.get(topic) {
            out_ids.extend(members.iter().copied());
        }
        out_ids.sort();
        out_ids
    }

    pub fn topic_count(&self) -> usize {
        self.topic_members.len()
    }
}
