// learner: optimal
// idiom: defensive auditor: named fields, Weak parent link, explicit iterative Drop via try_unwrap, push-then-reverse path
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::mem;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    /// Non-owning link upwards: never keeps the parent alive.
    parent: Weak<RefCell<Node<T>>>,
    /// Owning links downwards.
    children: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        // Tear the subtree down with an explicit stack so depth never reaches the call stack.
        let mut pending: Vec<NodeRef<T>> = mem::take(&mut self.children);
        while let Some(child) = pending.pop() {
            match Rc::try_unwrap(child) {
                Ok(cell) => {
                    let mut node = cell.into_inner();
                    pending.append(&mut node.children);
                    // `node` drops here with no children left: no recursion.
                }
                Err(_still_shared) => {
                    // Someone else holds this subtree; dropping our handle only decrements.
                }
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent: Weak::new(), children: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node {
        value,
        parent: Rc::downgrade(parent),
        children: Vec::new(),
    }));
    parent.borrow_mut().children.push(Rc::clone(&child));
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.iter().map(Rc::clone).collect()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut values: Vec<T> = Vec::new();
    let mut current: Option<NodeRef<T>> = Some(Rc::clone(node));
    while let Some(n) = current {
        values.push(n.borrow().value.clone());
        current = parent(&n);
    }
    values.reverse();
    values
}
