// learner: optimal
// idiom: Option combinators (map_or, and_then, filter), tuple state per connection, Rc<str> topic keys shared between both indexes, std::mem::take in drain and disconnect
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    // conn -> (topics it follows, pending messages)
    conns: HashMap<ConnId, (HashSet<Rc<str>>, Vec<Rc<str>>)>,
    subs: HashMap<Rc<str>, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.conns.insert(id, Default::default());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.conns.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some((mine, _)) = self.conns.get_mut(&conn) else { return false };
        if mine.contains(topic) {
            return false;
        }
        let key: Rc<str> = self
            .subs
            .get_key_value(topic)
            .map_or_else(|| Rc::from(topic), |(k, _)| Rc::clone(k));
        mine.insert(Rc::clone(&key));
        self.subs.entry(key).or_default().insert(conn)
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let had = self
            .conns
            .get_mut(&conn)
            .map_or(false, |(mine, _)| mine.remove(topic));
        if had {
            self.drop_member(topic, conn);
        }
        had
    }

    fn drop_member(&mut self, topic: &str, conn: ConnId) {
        let emptied = self
            .subs
            .get_mut(topic)
            .map(|set| {
                set.remove(&conn);
                set.is_empty()
            })
            .unwrap_or(false);
        if emptied {
            self.subs.remove(topic);
        }
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let Some((mut mine, _outbox)) = self.conns.remove(&conn) else { return false };
        let topics = std::mem::take(&mut mine);
        topics.iter().for_each(|t| self.drop_member(t, conn));
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let conns = &mut self.conns;
        self.subs.get(topic).map_or(0, |set| {
            let body: Rc<str> = msg.into();
            set.iter().fold(0, |n, id| match conns.get_mut(id) {
                Some((_, out)) => {
                    out.push(Rc::clone(&body));
                    n + 1
                }
                None => n,
            })
        })
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.conns
            .get_mut(&conn)
            .map(|(_, out)| std::mem::take(out))
            .unwrap_or_default()
            .into_iter()
            .map(|m| m.to_string())
            .collect()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut v: Vec<ConnId> = self.subs.get(topic).into_iter().flatten().copied().collect();
        v.sort();
        v
    }

    pub fn topic_count(&self) -> usize {
        self.subs.len()
    }
}
