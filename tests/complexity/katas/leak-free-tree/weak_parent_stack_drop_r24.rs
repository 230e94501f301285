// learner: optimal
// idiom: Ada/SPARK safety engineer: Weak parent link (None-able by construction), explicit while-loop walk to the root with push then one reverse, iterative Drop that detaches children onto an explicit work stack
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::mem;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    /// Non-owning link upwards; dangling (upgrade fails) once the parent is freed.
    up: Weak<RefCell<Node<T>>>,
    /// Owning links downwards, in insertion order.
    down: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    /// Tears the subtree down level by level without recursion: every child that this node
    /// owns exclusively is emptied of its own children before it is released.
    fn drop(&mut self) {
        let mut work: Vec<NodeRef<T>> = mem::take(&mut self.down);
        while let Some(child) = work.pop() {
            if Rc::strong_count(&child) == 1 {
                let grandchildren = mem::take(&mut child.borrow_mut().down);
                work.extend(grandchildren);
            }
            // `child` is released here with no children left, so its own drop is shallow.
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, up: Weak::new(), down: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node { value, up: Rc::downgrade(parent), down: Vec::new() }));
    parent.borrow_mut().down.push(Rc::clone(&child));
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().down.iter().map(Rc::clone).collect()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path: Vec<T> = Vec::new();
    let mut current: NodeRef<T> = Rc::clone(node);
    loop {
        path.push(current.borrow().value.clone());
        let next = parent(&current);
        match next {
            Some(p) => current = p,
            None => break,
        }
    }
    path.reverse();
    path
}
