package org.greenledger.platform.query;

import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Read-your-writes for {@link ReadModel} endpoints, and processor positions for reads that wait; {@code greenledger.query.*}. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(QuerySettings.class)
public class QueryConfig {

    @Bean
    ProcessorPositions processorPositions(ObjectProvider<EventProcessingConfiguration> processing) {
        return new ProcessorPositions(processing::getObject);
    }

    @Bean
    WebMvcConfigurer readYourWrites(ProcessorPositions positions, QuerySettings settings) {
        ReadYourWritesInterceptor interceptor = new ReadYourWritesInterceptor(positions, settings);
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(interceptor);
            }
        };
    }
}
