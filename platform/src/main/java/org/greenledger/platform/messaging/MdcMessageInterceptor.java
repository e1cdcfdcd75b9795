package org.greenledger.platform.messaging;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.MDC;

/**
 * Puts the handled message's correlation and request ids in the MDC, so log lines written by
 * event processors and sagas (on their own threads) still name the request behind them.
 */
class MdcMessageInterceptor implements MessageHandlerInterceptor<Message<?>> {

    @Override
    public Object handle(UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain chain) throws Exception {
        MetaData metaData = unitOfWork.getMessage().getMetaData();
        String outerCorrelationId = MDC.get(Correlation.CORRELATION_ID);
        String outerRequestId = MDC.get(Correlation.REQUEST_ID);
        put(Correlation.CORRELATION_ID, metaData.get(MetaDataKeys.CORRELATION_ID));
        put(Correlation.REQUEST_ID, metaData.get(MetaDataKeys.REQUEST_ID));
        try {
            return chain.proceed();
        } finally {
            CorrelationFilter.restore(Correlation.CORRELATION_ID, outerCorrelationId);
            CorrelationFilter.restore(Correlation.REQUEST_ID, outerRequestId);
        }
    }

    private static void put(String key, Object value) {
        if (value != null) {
            MDC.put(key, value.toString());
        }
    }
}
