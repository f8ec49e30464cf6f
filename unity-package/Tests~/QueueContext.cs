using System;
using System.Collections.Concurrent;
using System.Threading;

namespace FitMe.Tests
{
    /// <summary>A SynchronizationContext with one thread of its own, as Unity's main thread is for the editor.</summary>
    internal sealed class QueueContext : SynchronizationContext, IDisposable
    {
        private readonly BlockingCollection<Action> queue = new BlockingCollection<Action>();
        public readonly Thread Thread;

        public QueueContext()
        {
            Thread = new Thread(() =>
            {
                foreach (var work in queue.GetConsumingEnumerable()) work();
            }) { IsBackground = true, Name = "test main thread" };
            Thread.Start();
        }

        public override void Post(SendOrPostCallback callback, object state)
        {
            queue.Add(() => callback(state));
        }

        public void Dispose()
        {
            queue.CompleteAdding();
            Thread.Join();
        }
    }
}
