// learner: optimal
// idiom: ABAP-style: two index tables (topic -> subscriber set, connection -> record with topic set and outbox), long names, shared Rc<str> messages
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug, Default)]
struct ConnectionRecord {
    subscribed_topics: HashSet<String>,
    pending_messages: Vec<Rc<str>>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    subscribers_by_topic: HashMap<String, HashSet<ConnId>>,
    connection_table: HashMap<ConnId, ConnectionRecord>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let new_connection_id = self.next_id;
        self.next_id += 1;
        self.connection_table.insert(new_connection_id, ConnectionRecord::default());
        new_connection_id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.connection_table.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let connection_record = match self.connection_table.get_mut(&conn) {
            Some(found_record) => found_record,
            None => return false,
        };
        if connection_record.subscribed_topics.contains(topic) {
            return false;
        }
        connection_record.subscribed_topics.insert(topic.to_string());
        self.subscribers_by_topic.entry(topic.to_string()).or_default().insert(conn);
        true
    }

    fn remove_from_topic_index(&mut self, conn: ConnId, topic: &str) {
        let mut topic_became_empty = false;
        if let Some(subscriber_set) = self.subscribers_by_topic.get_mut(topic) {
            subscriber_set.remove(&conn);
            topic_became_empty = subscriber_set.is_empty();
        }
        if topic_became_empty {
            self.subscribers_by_topic.remove(topic);
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let connection_record = match self.connection_table.get_mut(&conn) {
            Some(found_record) => found_record,
            None => return false,
        };
        if !connection_record.subscribed_topics.remove(topic) {
            return false;
        }
        self.remove_from_topic_index(conn, topic);
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let removed_record = match self.connection_table.remove(&conn) {
            Some(record) => record,
            None => return false,
        };
        for topic_name in removed_record.subscribed_topics.iter() {
            self.remove_from_topic_index(conn, topic_name);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let subscriber_set = match self.subscribers_by_topic.get(topic) {
            Some(set) => set,
            None => return 0,
        };
        let shared_message: Rc<str> = Rc::from(msg);
        let mut delivered_count = 0;
        for subscriber_id in subscriber_set.iter() {
            if let Some(connection_record) = self.connection_table.get_mut(subscriber_id) {
                connection_record.pending_messages.push(Rc::clone(&shared_message));
                delivered_count += 1;
            }
        }
        delivered_count
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        let mut result_messages = Vec::new();
        if let Some(connection_record) = self.connection_table.get_mut(&conn) {
            for pending_message in connection_record.pending_messages.drain(..) {
                result_messages.push(pending_message.to_string());
            }
        }
        result_messages
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut subscriber_list: Vec<ConnId> = match self.subscribers_by_topic.get(topic) {
            Some(set) => set.iter().copied().collect(),
            None => Vec::new(),
        };
        subscriber_list.sort_unstable();
        subscriber_list
    }

    pub fn topic_count(&self) -> usize {
        self.subscribers_by_topic.len()
    }
}
