// learner: optimal
// idiom: REXX: each topic keeps a plain member list SUBS.topic.1..n plus a "where is conn" stem, removal by moving the last member into the hole
// why: publish walks the member list (O(s)); subscribe appends and records the slot (O(1)); a removal is a swap with the last slot (O(1)); disconnect does that per own topic

/* REXX-style: SUBS.t.0 = count ; SUBS.t.k = conn ; SLOT.t.conn = k. Removal: SUBS.t.k = SUBS.t.last. */

use std::collections::HashMap;
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug, Default)]
struct TopicRec {
    member_list: Vec<ConnId>,
    slot_of: HashMap<ConnId, usize>,
}

#[derive(Debug, Default)]
struct ConnRec {
    topic_names: HashMap<Rc<str>, ()>,
    inbox: Vec<Rc<str>>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conn_recs: HashMap<ConnId, ConnRec>,
    topic_recs: HashMap<Rc<str>, TopicRec>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let new_id = self.next_id;
        self.next_id += 1;
        self.conn_recs.insert(new_id, ConnRec::default());
        new_id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.conn_recs.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(crec) = self.conn_recs.get_mut(&conn) else {
            return false;
        };
        if crec.topic_names.contains_key(topic) {
            return false;
        }
        let topic_key: Rc<str> = match self.topic_recs.get_key_value(topic) {
            Some((k, _)) => Rc::clone(k),
            None => Rc::from(topic),
        };
        crec.topic_names.insert(Rc::clone(&topic_key), ());
        let trec = self.topic_recs.entry(topic_key).or_default();
        trec.slot_of.insert(conn, trec.member_list.len());
        trec.member_list.push(conn);
        true
    }

    /// Takes conn out of one topic's list: the last member moves into its slot.
    fn remove_member(&mut self, topic: &str, conn: ConnId) {
        let mut gone_empty = false;
        if let Some(trec) = self.topic_recs.get_mut(topic) {
            if let Some(hole) = trec.slot_of.remove(&conn) {
                let last_slot = trec.member_list.len() - 1;
                if hole != last_slot {
                    let moved = trec.member_list[last_slot];
                    trec.member_list[hole] = moved;
                    trec.slot_of.insert(moved, hole);
                }
                trec.member_list.pop();
            }
            gone_empty = trec.member_list.is_empty();
        }
        if gone_empty {
            self.topic_recs.remove(topic);
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(crec) = self.conn_recs.get_mut(&conn) else {
            return false;
        };
        if crec.topic_names.remove(topic).is_none() {
            return false;
        }
        self.remove_member(topic, conn);
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let Some(crec) = self.conn_recs.remove(&conn) else {
            return false;
        };
        for (topic_name, _) in crec.topic_names {
            self.remove_member(&topic_name, conn);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(trec) = self.topic_recs.get(topic) else {
            return 0;
        };
        let one_copy: Rc<str> = Rc::from(msg);
        let mut k = 0usize;
        loop {
            if k >= trec.member_list.len() {
                break;
            }
            let member = trec.member_list[k];
            if let Some(crec) = self.conn_recs.get_mut(&member) {
                crec.inbox.push(Rc::clone(&one_copy));
            }
            k += 1;
        }
        trec.member_list.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.conn_recs.get_mut(&conn) {
            Some(crec) => std::mem::take(&mut crec.inbox).iter().map(|m| m.to_string()).collect(),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids = match self.topic_recs.get(topic) {
            Some(trec) => trec.member_list.clone(),
            None => Vec::new(),
        };
        ids.sort_unstable();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.topic_recs.len()
    }
}
