// learner: optimal
// idiom: functional: iter::successors walks the parent chain, rev-collect; Drop tears down breadth-first through a VecDeque "mailbox"
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::iter;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    up: Weak<RefCell<Node<T>>>,
    down: Vec<NodeRef<T>>,
}

impl<T> Node<T> {
    fn leaf(value: T, up: Weak<RefCell<Node<T>>>) -> NodeRef<T> {
        Rc::new(RefCell::new(Node { value, up, down: vec![] }))
    }
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut mailbox: VecDeque<NodeRef<T>> = self.down.drain(..).collect();
        while let Some(next) = mailbox.pop_front() {
            match Rc::try_unwrap(next) {
                Ok(cell) => {
                    let mut node = cell.into_inner();
                    mailbox.extend(node.down.drain(..));
                }
                Err(_still_held) => {} // someone else keeps this subtree alive
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Node::leaf(value, Weak::new())
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let kid = Node::leaf(value, Rc::downgrade(parent));
    parent.borrow_mut().down.push(kid.clone());
    kid
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().down.iter().cloned().collect()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path: Vec<T> = iter::successors(Some(Rc::clone(node)), parent)
        .map(|n| n.borrow().value.clone())
        .collect();
    path.reverse();
    path
}
