// learner: optimal
// idiom: VBA-style: two dictionaries (topic -> set, conn -> record), procedural methods with named temporaries and found/ok flags
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet};

pub type ConnId = u64;

#[derive(Debug, Default)]
struct ConnRecord {
    my_topics: HashSet<String>,
    outbox: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    topic_table: HashMap<String, HashSet<ConnId>>,
    conn_table: HashMap<ConnId, ConnRecord>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let new_id: ConnId = self.next_id;
        self.next_id = self.next_id + 1;
        self.conn_table.insert(new_id, ConnRecord::default());
        new_id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.conn_table.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let record = match self.conn_table.get_mut(&conn) {
            Some(r) => r,
            None => return false,
        };
        let was_added: bool = record.my_topics.insert(topic.to_string());
        if !was_added {
            return false;
        }
        let member_set = self.topic_table.entry(topic.to_string()).or_default();
        member_set.insert(conn);
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let mut was_removed: bool = false;
        if let Some(record) = self.conn_table.get_mut(&conn) {
            was_removed = record.my_topics.remove(topic);
        }
        if !was_removed {
            return false;
        }
        let mut topic_now_empty: bool = false;
        if let Some(member_set) = self.topic_table.get_mut(topic) {
            member_set.remove(&conn);
            topic_now_empty = member_set.is_empty();
        }
        if topic_now_empty {
            self.topic_table.remove(topic);
        }
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let record = match self.conn_table.remove(&conn) {
            Some(r) => r,
            None => return false,
        };
        for topic_name in record.my_topics.iter() {
            let mut topic_now_empty: bool = false;
            if let Some(member_set) = self.topic_table.get_mut(topic_name) {
                member_set.remove(&conn);
                topic_now_empty = member_set.is_empty();
            }
            if topic_now_empty {
                self.topic_table.remove(topic_name);
            }
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let member_set = match self.topic_table.get(topic) {
            Some(s) => s,
            None => return 0,
        };
        let mut delivered_count: usize = 0;
        for member_id in member_set.iter() {
            if let Some(record) = self.conn_table.get_mut(member_id) {
                record.outbox.push(msg.to_string());
                delivered_count = delivered_count + 1;
            }
        }
        delivered_count
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.conn_table.get_mut(&conn) {
            Some(record) => std::mem::take(&mut record.outbox),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut id_list: Vec<ConnId> = Vec::new();
        if let Some(member_set) = self.topic_table.get(topic) {
            for member_id in member_set {
                id_list.push(*member_id);
            }
        }
        id_list.sort_unstable();
        id_list
    }

    pub fn topic_count(&self) -> usize {
        self.topic_table.len()
    }
}
