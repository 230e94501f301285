// learner: optimal
// idiom: iterator-adapter chains: successors to walk up, map/collect, rev for root-first
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent: Weak<RefCell<Node<T>>>,
    children: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut stack: Vec<NodeRef<T>> = self.children.drain(..).collect();
        while let Some(top) = stack.pop() {
            stack.extend(
                Rc::try_unwrap(top)
                    .ok()
                    .into_iter()
                    .flat_map(|cell| std::mem::take(&mut cell.into_inner().children)),
            );
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent: Weak::new(), children: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node { value, parent: Rc::downgrade(parent), children: Vec::new() }));
    parent.borrow_mut().children.push(child.clone());
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.iter().cloned().collect()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path: Vec<T> = std::iter::successors(Some(Rc::clone(node)), parent)
        .map(|n| n.borrow().value.clone())
        .collect();
    path.reverse();
    path
}
