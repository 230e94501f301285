// learner: optimal
// idiom: REXX: two compound stems, SUBS.topic (set of conns) and CONN.id (its topics + outbox), shared Rc<str> message per publish
// why: publish walks only SUBS.topic, subscribe is two set inserts, disconnect undoes only CONN.id's topics

/* REXX-style: SUBS.topic.conn = 1 and CONN.conn.topic = 1, kept in step on every change. */

use std::collections::{HashMap, HashSet, VecDeque};
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug, Default)]
struct ConnRecord {
    my_topics: HashSet<String>,
    outbox: VecDeque<Rc<str>>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conn_stem: HashMap<ConnId, ConnRecord>,
    subs_stem: HashMap<String, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let new_id = self.next_id;
        self.next_id += 1;
        self.conn_stem.insert(new_id, ConnRecord::default());
        new_id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.conn_stem.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(conn_rec) = self.conn_stem.get_mut(&conn) else {
            return false;
        };
        if !conn_rec.my_topics.insert(topic.to_string()) {
            return false;
        }
        self.subs_stem.entry(topic.to_string()).or_default().insert(conn);
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(conn_rec) = self.conn_stem.get_mut(&conn) else {
            return false;
        };
        if !conn_rec.my_topics.remove(topic) {
            return false;
        }
        self.drop_from_topic(topic, conn);
        true
    }

    fn drop_from_topic(&mut self, topic: &str, conn: ConnId) {
        let mut now_empty = false;
        if let Some(member_set) = self.subs_stem.get_mut(topic) {
            member_set.remove(&conn);
            now_empty = member_set.is_empty();
        }
        if now_empty {
            self.subs_stem.remove(topic);
        }
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let Some(conn_rec) = self.conn_stem.remove(&conn) else {
            return false;
        };
        for topic_name in conn_rec.my_topics.iter() {
            self.drop_from_topic(topic_name, conn);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(member_set) = self.subs_stem.get(topic) else {
            return 0;
        };
        let shared_msg: Rc<str> = Rc::from(msg);
        let mut delivered = 0usize;
        for member in member_set.iter() {
            if let Some(conn_rec) = self.conn_stem.get_mut(member) {
                conn_rec.outbox.push_back(Rc::clone(&shared_msg));
                delivered += 1;
            }
        }
        delivered
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        let mut out_list = Vec::new();
        if let Some(conn_rec) = self.conn_stem.get_mut(&conn) {
            loop {
                match conn_rec.outbox.pop_front() {
                    Some(m) => out_list.push(m.to_string()),
                    None => break,
                }
            }
        }
        out_list
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut id_list: Vec<ConnId> = match self.subs_stem.get(topic) {
            Some(member_set) => member_set.iter().copied().collect(),
            None => Vec::new(),
        };
        id_list.sort_unstable();
        id_list
    }

    pub fn topic_count(&self) -> usize {
        self.subs_stem.len()
    }
}
