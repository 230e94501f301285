// learner: optimal
// idiom: PostScript: connections live in an array indexed by id (ids are dense), topics are interned to small integer slots holding a packed array of subscribers; each subscription remembers its index there so leaving is a swap-with-last and pop
// why: publish walks the topic's packed array (O(s)); subscribe is a name lookup and two pushes (O(1) expected); disconnect does one swap-remove per topic (O(t))
//! Topic fan-out for a real-time notification server: see README.md.

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

use std::collections::HashMap;
use std::rc::Rc;

#[derive(Debug, Default)]
struct Line {
    /// topic slot -> where this connection sits in that topic's member array
    my_topics: HashMap<usize, usize>,
    outbox: Vec<Rc<str>>,
}

#[derive(Debug, Default)]
struct TopicSlot {
    name: String,
    members: Vec<ConnId>,
}

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    lines: Vec<Option<Line>>,             // index = ConnId
    names: HashMap<String, usize>,        // topic name -> slot
    slots: Vec<TopicSlot>,                // slot -> members
    free_slots: Vec<usize>,               // slots of forgotten topics, for reuse
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    /// Registers a new connection and returns its id. O(1).
    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.lines.push(Some(Line::default()));
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        matches!(self.lines.get(conn as usize), Some(Some(_)))
    }

    fn slot_for(&mut self, topic: &str) -> usize {
        if let Some(&s) = self.names.get(topic) {
            return s;
        }
        let s = match self.free_slots.pop() {
            Some(s) => {
                self.slots[s].name = topic.to_string();
                s
            }
            None => {
                self.slots.push(TopicSlot { name: topic.to_string(), members: Vec::new() });
                self.slots.len() - 1
            }
        };
        self.names.insert(topic.to_string(), s);
        s
    }

    /// swap-remove member number `at` of topic slot `s`, fixing up whoever moved into its place
    fn leave(&mut self, s: usize, at: usize) {
        let members = &mut self.slots[s].members;
        members.swap_remove(at);
        if at < members.len() {
            let moved = members[at];
            if let Some(Some(line)) = self.lines.get_mut(moved as usize) {
                line.my_topics.insert(s, at);
            }
        }
        if self.slots[s].members.is_empty() {
            let name = std::mem::take(&mut self.slots[s].name);
            self.names.remove(&name);
            self.free_slots.push(s);
        }
    }

    /// Subscribes `conn` to `topic`. `false` if the connection is unknown or already subscribed. O(1).
    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        if let Some(&s) = self.names.get(topic) {
            let line = self.lines[conn as usize].as_ref().unwrap();
            if line.my_topics.contains_key(&s) {
                return false;
            }
        }
        let s = self.slot_for(topic);
        let at = self.slots[s].members.len();
        self.slots[s].members.push(conn);
        self.lines[conn as usize].as_mut().unwrap().my_topics.insert(s, at);
        true
    }

    /// Removes one subscription. `false` if there was none. O(1).
    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let s = match self.names.get(topic) {
            Some(&s) => s,
            None => return false,
        };
        let at = match self.lines.get_mut(conn as usize) {
            Some(Some(line)) => match line.my_topics.remove(&s) {
                Some(at) => at,
                None => return false,
            },
            _ => return false,
        };
        self.leave(s, at);
        true
    }

    /// Drops the connection, its subscriptions and its undelivered messages.
    /// `false` if it was not connected. O(topics of this connection).
    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let line = match self.lines.get_mut(conn as usize) {
            Some(slot) => match slot.take() {
                Some(line) => line,
                None => return false,
            },
            None => return false,
        };
        for (&s, &at) in line.my_topics.iter() {
            self.leave(s, at);
        }
        true
    }

    /// Delivers `msg` to every subscriber of `topic`; returns how many got it.
    /// O(subscribers of this topic).
    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let s = match self.names.get(topic) {
            Some(&s) => s,
            None => return 0,
        };
        let m: Rc<str> = Rc::from(msg);
        let members = &self.slots[s].members;
        let lines = &mut self.lines;
        for &id in members.iter() {
            if let Some(Some(line)) = lines.get_mut(id as usize) {
                line.outbox.push(m.clone());
            }
        }
        members.len()
    }

    /// Takes the messages waiting for `conn`, oldest first. Empty for an unknown connection.
    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.lines.get_mut(conn as usize) {
            Some(Some(line)) => std::mem::take(&mut line.outbox).iter().map(|m| String::from(&**m)).collect(),
            _ => Vec::new(),
        }
    }

    /// The subscribers of `topic`, in ascending id order.
    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        match self.names.get(topic) {
            Some(&s) => {
                let mut v = self.slots[s].members.clone();
                v.sort();
                v
            }
            None => Vec::new(),
        }
    }

    /// Number of topics with at least one subscriber.
    pub fn topic_count(&self) -> usize {
        self.names.len()
    }
}
