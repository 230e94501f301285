// learner: optimal
// idiom: HashMap entry API everywhere, HashMap<ConnId, ()> as a set, iterator-chain publish, if-heavy
use std::collections::hash_map::Entry;
use std::collections::HashMap;

pub type ConnId = u64;

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    by_conn: HashMap<ConnId, (HashMap<String, ()>, Vec<String>)>,
    by_topic: HashMap<String, HashMap<ConnId, ()>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.by_conn.insert(id, (HashMap::new(), Vec::new()));
        self.next_id = id + 1;
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.by_conn.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if let Some((topics, _)) = self.by_conn.get_mut(&conn) {
            if let Entry::Vacant(v) = topics.entry(topic.to_string()) {
                v.insert(());
                self.by_topic.entry(topic.to_string()).or_default().insert(conn, ());
                return true;
            }
        }
        false
    }

    fn drop_member(&mut self, topic: &str, conn: ConnId) {
        if let Some(members) = self.by_topic.get_mut(topic) {
            members.remove(&conn);
            if members.is_empty() {
                self.by_topic.remove(topic);
            }
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = if let Some((topics, _)) = self.by_conn.get_mut(&conn) {
            topics.remove(topic).is_some()
        } else {
            false
        };
        if removed {
            self.drop_member(topic, conn);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        if let Some((topics, _)) = self.by_conn.remove(&conn) {
            for (topic, ()) in topics {
                self.drop_member(&topic, conn);
            }
            true
        } else {
            false
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let by_conn = &mut self.by_conn;
        match self.by_topic.get(topic) {
            Some(members) => members
                .keys()
                .filter_map(|id| by_conn.get_mut(id).map(|(_, outbox)| outbox.push(msg.to_string())))
                .count(),
            None => 0,
        }
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        if let Some((_, outbox)) = self.by_conn.get_mut(&conn) {
            std::mem::take(outbox)
        } else {
            Vec::new()
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids = Vec::new();
        if let Some(members) = self.by_topic.get(topic) {
            ids.extend(members.keys().copied());
        }
        ids.sort();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.by_topic.len()
    }
}
