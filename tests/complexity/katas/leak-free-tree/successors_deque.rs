// learner: optimal
// idiom: Groovy-style: iter::successors(node, parent) chain, VecDeque push_front then collect, closures; Drop via VecDeque work queue
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    up: Option<Weak<RefCell<Node<T>>>>,
    kids: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut queue: VecDeque<NodeRef<T>> = self.kids.drain(..).collect();
        while let Some(rc) = queue.pop_front() {
            Rc::try_unwrap(rc)
                .ok()
                .map(RefCell::into_inner)
                .map(|mut n| queue.extend(n.kids.drain(..)));
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, up: None, kids: vec![] }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let kid = Rc::new(RefCell::new(Node { value, up: Some(Rc::downgrade(parent)), kids: vec![] }));
    parent.borrow_mut().kids.push(kid.clone());
    kid
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up.as_ref().and_then(Weak::upgrade)
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().kids.iter().cloned().collect()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let values = |n: &NodeRef<T>| n.borrow().value.clone();
    std::iter::successors(Some(node.clone()), parent)
        .map(|n| values(&n))
        .fold(VecDeque::new(), |mut acc, v| {
            acc.push_front(v);
            acc
        })
        .into()
}
